package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every parent directory is in the zip exactly once, whether the caller listed it or not. */
class ZipWriterAddsEachDirectoryOnceTest {

    @TempDir
    Path temp;

    @Test
    void missingParentsAreAddedAndListedOnesAreNotRepeated() throws Exception {
        Path zip = temp.resolve("out.zip");
        new ZipWriter(OutputTimestamp.fallback())
                .write(
                        zip,
                        List.of(
                                ZipEntrySpec.file("jre/lib/server/libjvm.so", new byte[] {1}, 0755),
                                ZipEntrySpec.directory("jre/lib/"),
                                ZipEntrySpec.directory("jre/conf"),
                                ZipEntrySpec.file("jre/lib/modules", new byte[] {2}, 0644)));

        List<String> names =
                RawZip.entries(zip).stream().map(RawZip.Entry::name).toList();
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "jre/",
                        "jre/conf/",
                        "jre/lib/",
                        "jre/lib/modules",
                        "jre/lib/server/",
                        "jre/lib/server/libjvm.so");
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            assertThat(file.getEntry("jre/lib/server/").isDirectory()).isTrue();
            assertThat(file.getEntry("jre/lib/server/").getUnixMode()).isEqualTo(040755);
        }
    }
}
