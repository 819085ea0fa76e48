package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths that could land outside the unzip folder, or that are ambiguous, are refused with the path named. */
class ZipWriterRejectsUnsafePathsTest {

    private static final byte[] CONTENT = {1};

    @TempDir
    Path temp;

    @Test
    void absolutePath() {
        assertThatThrownBy(() -> ZipEntrySpec.file("/etc/passwd", CONTENT, 0644))
                .isInstanceOf(InvalidZipEntryException.class)
                .hasMessage("Invalid zip entry '/etc/passwd': the path is absolute; zip paths are relative to the"
                        + " zip's root");
    }

    @Test
    void dotDotSegment() {
        assertThatThrownBy(() -> ZipEntrySpec.file("lib/../../evil", CONTENT, 0644))
                .isInstanceOf(InvalidZipEntryException.class)
                .hasMessage("Invalid zip entry 'lib/../../evil': the path contains a '..' segment");
        assertThatThrownBy(() -> ZipEntrySpec.directory("..")).hasMessageContaining("'..'");
    }

    @Test
    void backslashEmptyAndDotSegments() {
        assertThatThrownBy(() -> ZipEntrySpec.file("lib\\a.jar", CONTENT, 0644)).hasMessageContaining("'\\'");
        assertThatThrownBy(() -> ZipEntrySpec.file("lib//a.jar", CONTENT, 0644)).hasMessageContaining("empty");
        assertThatThrownBy(() -> ZipEntrySpec.file("./a.jar", CONTENT, 0644)).hasMessageContaining("'.'");
        assertThatThrownBy(() -> ZipEntrySpec.file("", CONTENT, 0644)).hasMessageContaining("empty");
    }

    @Test
    void duplicatePathWritesNothing() {
        Path zip = temp.resolve("out.zip");

        assertThatThrownBy(() -> new ZipWriter(OutputTimestamp.fallback())
                        .write(
                                zip,
                                List.of(
                                        ZipEntrySpec.file("lib/a.jar", CONTENT, 0644),
                                        ZipEntrySpec.file("lib/a.jar", CONTENT, 0755))))
                .isInstanceOf(InvalidZipEntryException.class)
                .hasMessage("Invalid zip entry 'lib/a.jar': the path is given more than once");
        assertThat(Files.exists(zip)).isFalse();
    }

    @Test
    void fileOrSymlinkUsedAsParent() {
        ZipWriter writer = new ZipWriter(OutputTimestamp.fallback());

        assertThatThrownBy(() -> writer.write(
                        temp.resolve("a.zip"),
                        List.of(
                                ZipEntrySpec.file("lib", CONTENT, 0644),
                                ZipEntrySpec.file("lib/a.jar", CONTENT, 0644))))
                .hasMessage("Invalid zip entry 'lib/a.jar': its parent 'lib' is a file, not a directory");
        assertThatThrownBy(() -> writer.write(
                        temp.resolve("b.zip"),
                        List.of(
                                ZipEntrySpec.symlink("jre", "/usr/lib/jvm"),
                                ZipEntrySpec.file("jre/bin/java", CONTENT, 0755))))
                .hasMessage("Invalid zip entry 'jre/bin/java': its parent 'jre' is a symbolic link, not a directory");
    }

    @Test
    void modeThatIsNotPermissionBits() {
        assertThatThrownBy(() -> ZipEntrySpec.file("bootstrap", CONTENT, 0100755))
                .isInstanceOf(InvalidZipEntryException.class)
                .hasMessageContaining("mode 100755");
    }
}
