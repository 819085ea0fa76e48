package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry below an earlier symbolic link is refused, even when the link itself points inside. */
class SafeTarExtractorNeverWritesThroughLinksTest {

    @TempDir
    Path temp;

    @Test
    void fileBelowAnEarlierSymlinkIsRefused() throws Exception {
        Path destination = temp.resolve("out");
        Files.createDirectories(temp.resolve("victim"));
        TarBuilder tar =
                new TarBuilder().directory("jre", 0755).symlink("jre/lib", ".").file("jre/lib/bin/java", "pwned", 0755);

        assertThatThrownBy(() -> new SafeTarExtractor().extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessage("Refusing tar entry 'jre/lib/bin/java': its parent 'jre/lib' is a symbolic link,"
                        + " and entries are never written through links");

        assertThat(Files.exists(destination.resolve("jre/bin"))).isFalse();
        assertThat(FilesOutside.of(temp, destination)).containsExactly("", "victim");
    }

    @Test
    void fileReplacingAnEarlierSymlinkReplacesTheLinkNotItsTarget() throws Exception {
        Path destination = temp.resolve("out");
        TarBuilder tar = new TarBuilder()
                .file("target", "original", 0644)
                .symlink("link", "target")
                .file("link", "new", 0644);

        new SafeTarExtractor().extract(tar.stream(), destination);

        assertThat(Files.isSymbolicLink(destination.resolve("link"))).isFalse();
        assertThat(Files.readString(destination.resolve("link"))).isEqualTo("new");
        assertThat(Files.readString(destination.resolve("target"))).isEqualTo("original");
    }
}
