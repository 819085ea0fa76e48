package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No entry carries extra fields (times, owners, zip64) or a data descriptor, in either header. */
class ZipWriterWritesNoExtraFieldsTest {

    @TempDir
    Path temp;

    @Test
    void neitherHeaderHasExtraFieldsOrDataDescriptors() throws Exception {
        Path source = Files.writeString(temp.resolve("function.jar"), "x".repeat(10_000));
        Path zip = temp.resolve("out.zip");
        new ZipWriter(OutputTimestamp.of(Instant.ofEpochSecond(1795651200L)))
                .write(
                        zip,
                        List.of(
                                ZipEntrySpec.file("bootstrap", new byte[] {'#', '!'}, 0755),
                                ZipEntrySpec.file("lib/function.jar", source),
                                ZipEntrySpec.file("lib/empty", new byte[0], 0644),
                                ZipEntrySpec.symlink("lib/link.jar", "function.jar")));

        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                assertThat(entry.getExtraFields(true)).as(entry.getName()).isEmpty();
                assertThat(entry.getCentralDirectoryExtra()).as(entry.getName()).isEmpty();
                assertThat(entry.getLocalFileDataExtra()).as(entry.getName()).isEmpty();
            }
        }
        assertThat(RawZip.entries(zip)).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.centralExtraLength()).as(entry.name()).isZero();
            assertThat(entry.localExtraLength()).as(entry.name()).isZero();
            assertThat(entry.flags() & 0x08)
                    .as(entry.name() + " data descriptor flag")
                    .isZero();
        });
    }
}
