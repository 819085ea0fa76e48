package dev.lambdapackager.packager.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classes folder packs into a jar whose bytes depend only on the files' names and contents and the output
 * timestamp: written in another order with other modification times, the jar is byte-identical, and a JVM reads it.
 */
class ClassesDirectoryJarIsReproducibleTest {

    @TempDir
    Path temp;

    @Test
    void sameFilesSameBytes() throws Exception {
        OutputTimestamp timestamp = OutputTimestamp.of(Instant.parse("2026-11-26T00:00:00Z"));
        Path first = write(
                temp.resolve("a/classes"),
                new String[] {"com/example/A.class", "com/example/b/B.class", "app.properties"},
                1_000_000L);
        Path second = write(
                temp.resolve("b/classes"),
                new String[] {"app.properties", "com/example/b/B.class", "com/example/A.class"},
                2_000_000_000L);

        Path jar1 = ClassesDirectoryJar.pack(first, temp.resolve("out1/model-1.0.jar"), timestamp);
        Path jar2 = ClassesDirectoryJar.pack(second, temp.resolve("out2/model-1.0.jar"), timestamp);

        assertThat(Files.readAllBytes(jar1)).isEqualTo(Files.readAllBytes(jar2));
        try (JarFile jar = new JarFile(jar1.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()))
                    .containsExactly(
                            "app.properties",
                            "com/",
                            "com/example/",
                            "com/example/A.class",
                            "com/example/b/",
                            "com/example/b/B.class");
            assertThat(new String(
                            jar.getInputStream(jar.getEntry("com/example/A.class"))
                                    .readAllBytes(),
                            UTF_8))
                    .isEqualTo("com/example/A.class");
        }
    }

    private static Path write(Path root, String[] files, long mtime) throws Exception {
        for (String name : files) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
            Files.setLastModifiedTime(file, FileTime.fromMillis(mtime));
        }
        return root;
    }
}
