package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leading segments are dropped like tar --strip-components, so Docker's "out/jre/..." lands as "jre/...". */
class SafeTarExtractorStripsComponentsTest {

    @TempDir
    Path temp;

    @Test
    void dropsTheCopiedFolderItself() throws Exception {
        Path destination = temp.resolve("out");
        TarBuilder tar = new TarBuilder()
                .directory("out", 0755)
                .directory("out/jre", 0755)
                .file("out/jre/bin/java", "elf", 0755)
                .symlink("out/jre/lib/libjsig.so", "server/libjsig.so")
                .hardLink("out/jre/bin/java2", "out/jre/bin/java");

        int count = new SafeTarExtractor(1).extract(tar.stream(), destination);

        assertThat(count).isEqualTo(4);
        try (Stream<Path> top = Files.list(destination)) {
            assertThat(top.map(path -> path.getFileName().toString())).containsExactly("jre");
        }
        assertThat(Files.readString(destination.resolve("jre/bin/java"))).isEqualTo("elf");
        assertThat(Files.readString(destination.resolve("jre/bin/java2"))).isEqualTo("elf");
        assertThat(Files.readSymbolicLink(destination.resolve("jre/lib/libjsig.so"))
                        .toString())
                .isEqualTo("server/libjsig.so");
    }

    @Test
    void linkClimbingIntoTheStrippedFolderIsRefused() throws Exception {
        Path destination = temp.resolve("out");
        TarBuilder tar = new TarBuilder().symlink("out/jre/up", "../../out");

        assertThatThrownBy(() -> new SafeTarExtractor(1).extract(tar.stream(), destination))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessageContaining("points outside the destination");
    }
}
