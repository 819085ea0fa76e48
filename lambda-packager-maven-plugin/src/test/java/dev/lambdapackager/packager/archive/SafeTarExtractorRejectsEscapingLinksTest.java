package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic and hard links that would reach outside the destination are refused, and nothing lands outside. */
class SafeTarExtractorRejectsEscapingLinksTest {

    @TempDir
    Path temp;

    private Path destination;

    @BeforeEach
    void secretOutside() throws Exception {
        destination = temp.resolve("out");
        Files.writeString(temp.resolve("secret"), "secret");
    }

    @Test
    void absoluteSymlinkTarget() throws Exception {
        TarBuilder tar = new TarBuilder().symlink("jre/passwd", "/etc/passwd");

        assertThatThrownBy(() -> new SafeTarExtractor().extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessage("Refusing tar entry 'jre/passwd': the symbolic link's target '/etc/passwd' is absolute;"
                        + " only relative targets are extracted");
        assertNothingOutside();
    }

    @Test
    void symlinkClimbingOut() throws Exception {
        TarBuilder tar = new TarBuilder().symlink("jre/secret", "../../secret");

        assertThatThrownBy(() -> new SafeTarExtractor().extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessage("Refusing tar entry 'jre/secret': the symbolic link's target '../../secret' points"
                        + " outside the destination");
        assertNothingOutside();
    }

    @Test
    void symlinkClimbingOutThroughAnotherLink() throws Exception {
        // "s/.." is inside while s is absent, but once s -> "." it would be the destination's parent.
        TarBuilder tar = new TarBuilder().symlink("escape", "s/..").symlink("s", ".");

        assertThatThrownBy(() -> new SafeTarExtractor().extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessageContaining("'escape'")
                .hasMessageContaining("'..' after a name");
        assertNothingOutside();
    }

    @Test
    void hardLinkToAFileOutside() throws Exception {
        TarBuilder tar = new TarBuilder().hardLink("jre/secret", "../secret");

        assertThatThrownBy(() -> new SafeTarExtractor().extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessageContaining("'jre/secret'")
                .hasMessageContaining("leaves the destination");
        assertNothingOutside();
    }

    @Test
    void hardLinkToSomethingNotExtractedFromThisTar() throws Exception {
        TarBuilder tar = new TarBuilder().symlink("jre/link", "lib").hardLink("jre/hard", "jre/link");

        assertThatThrownBy(() -> new SafeTarExtractor().extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessage("Refusing tar entry 'jre/hard': its hard link target 'jre/link' is not a regular file"
                        + " extracted earlier from this tar");
        assertNothingOutside();
    }

    private void assertNothingOutside() throws Exception {
        assertThat(FilesOutside.of(temp, destination)).containsExactly("", "secret");
        assertThat(Files.readString(temp.resolve("secret"))).isEqualTo("secret");
    }
}
