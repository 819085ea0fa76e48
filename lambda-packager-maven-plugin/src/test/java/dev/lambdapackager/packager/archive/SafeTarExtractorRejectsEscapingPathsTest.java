package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries whose own path is absolute or climbs above the root are refused, and nothing lands outside. */
class SafeTarExtractorRejectsEscapingPathsTest {

    @TempDir
    Path temp;

    @Test
    void dotDotEntry() throws Exception {
        Path destination = temp.resolve("out");
        TarBuilder tar = new TarBuilder().file("jre/ok", "fine", 0644).file("jre/../../evil", "pwned", 0644);

        assertThatThrownBy(() -> new SafeTarExtractor().extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessage("Refusing tar entry 'jre/../../evil': the path 'jre/../../evil' leaves the destination");

        assertThat(FilesOutside.of(temp, destination)).containsExactly("");
        assertThat(Files.exists(temp.resolve("evil"))).isFalse();
    }

    @Test
    void dotDotThatStaysInsideIsAllowed() throws Exception {
        Path destination = temp.resolve("out");
        TarBuilder tar = new TarBuilder().file("jre/bin/../lib/modules", "m", 0644);

        new SafeTarExtractor().extract(tar.stream(), destination);

        assertThat(Files.readString(destination.resolve("jre/lib/modules"))).isEqualTo("m");
    }

    @Test
    void absoluteEntry() throws Exception {
        Path destination = temp.resolve("out");
        Path outside = temp.resolve("absolute-target");
        TarBuilder tar = new TarBuilder().file(outside.toString(), "pwned", 0644);

        assertThatThrownBy(() -> new SafeTarExtractor().extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessageContaining("'" + outside + "'")
                .hasMessageContaining("is absolute");

        assertThat(Files.exists(outside)).isFalse();
        assertThat(FilesOutside.of(temp, destination)).containsExactly("");
    }
}
