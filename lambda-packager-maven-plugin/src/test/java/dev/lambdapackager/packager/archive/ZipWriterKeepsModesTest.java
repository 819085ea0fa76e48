package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modes are stored as given, with unix file-type bits and "made by unix", so unzip applies them. */
class ZipWriterKeepsModesTest {

    @TempDir
    Path temp;

    @Test
    void storesFileDirectoryAndSymlinkModes() throws Exception {
        Path zip = temp.resolve("modes.zip");
        new ZipWriter(OutputTimestamp.fallback())
                .write(
                        zip,
                        List.of(
                                ZipEntrySpec.file("bootstrap", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0755),
                                ZipEntrySpec.file("lib/function.jar", new byte[] {1, 2, 3}, 0644),
                                ZipEntrySpec.symlink("jre/legal/java.xml/LICENSE", "../java.base/LICENSE")));

        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            assertThat(file.getEntry("bootstrap").getUnixMode()).isEqualTo(0100755);
            assertThat(file.getEntry("lib/function.jar").getUnixMode()).isEqualTo(0100644);
            assertThat(file.getEntry("lib/").getUnixMode()).isEqualTo(040755);
            ZipArchiveEntry link = file.getEntry("jre/legal/java.xml/LICENSE");
            assertThat(link.getUnixMode()).isEqualTo(0120777);
            assertThat(link.isUnixSymlink()).isTrue();
            assertThat(file.getUnixSymlink(link)).isEqualTo("../java.base/LICENSE");
            assertThat(file.getEntry("bootstrap").getPlatform()).isEqualTo(ZipArchiveEntry.PLATFORM_UNIX);
        }
        assertThat(RawZip.entries(zip))
                .allSatisfy(entry -> assertThat(entry.versionMadeBy() >> 8).isEqualTo(3));
    }

    @Test
    void defaultModeKeepsExecutablesExecutableAndNormalizesTheRest() throws Exception {
        Path script = Files.writeString(temp.resolve("script"), "#!/bin/sh\n");
        Path privateFile = Files.writeString(temp.resolve("private"), "secret");
        Path groupExecutable = Files.writeString(temp.resolve("tool"), "elf");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(groupExecutable, PosixFilePermissions.fromString("rw-r-x---"));

        assertThat(ZipEntrySpec.defaultMode(script)).isEqualTo(0755);
        assertThat(ZipEntrySpec.defaultMode(privateFile)).isEqualTo(0644);
        assertThat(ZipEntrySpec.defaultMode(groupExecutable)).isEqualTo(0755);
        assertThat(ZipEntrySpec.file("x", script).mode()).isEqualTo(0755);
    }
}
