package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each jar's references are kept by the jar's contents, so that dependencies are read once: a kept answer is used
 * for the same contents only, and a kept file cut short or of other contents is read again and replaced.
 */
class JdkReferencesKeepsEachJarsReferencesByContentTest {

    @TempDir
    Path temp;

    private JarInput jar;
    private Path folder;

    @BeforeEach
    void compile() throws Exception {
        Path file = TestJars.compile(
                temp.resolve("lib.jar"), Map.of("a.Lib", "package a; public class Lib { java.net.URI uri; }"), null);
        jar = new JarInput(file, "lib.jar", "test:lib");
        folder = temp.resolve("references");
    }

    @Test
    void theKeptAnswerIsUsedForTheSameContents() throws Exception {
        String fresh = JdkReferences.digest(List.of(jar));
        assertThat(digest()).as("first: read and kept").isEqualTo(fresh);
        Path kept = onlyFile();
        assertThat(Files.readAllLines(kept)).contains("r java/net", "d a", "end");

        // A kept answer that says more than the jar: used as it is, which shows the jar was not read again.
        Files.writeString(kept, Files.readString(kept).replace("r java/net\n", "r java/net\nr java/sql\n"));
        assertThat(digest()).isNotEqualTo(fresh);
    }

    @Test
    void aFileCutShortIsReadAgainAndReplaced() throws Exception {
        String fresh = digest();
        Path kept = onlyFile();
        Files.writeString(kept, Files.readString(kept).replace("end\n", "").replace("r java/net\n", ""));

        assertThat(digest()).isEqualTo(fresh);
        assertThat(Files.readAllLines(kept)).contains("r java/net", "end");
    }

    @Test
    void anAnswerForOtherContentsIsReadAgain() throws Exception {
        String fresh = digest();
        Path kept = onlyFile();
        Files.writeString(kept, Files.readString(kept).replace("r java/net\n", "r java/sql\n"));

        assertThat(JdkReferences.digest(List.of(jar), Map.of(jar.file(), "0".repeat(64)), Optional.of(folder)))
                .isEqualTo(fresh);
        assertThat(Files.readAllLines(kept)).contains("content " + "0".repeat(64), "r java/net");
    }

    private String digest() throws Exception {
        return JdkReferences.digest(List.of(jar), JarContents.sha256(List.of(jar)), Optional.of(folder));
    }

    private Path onlyFile() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
