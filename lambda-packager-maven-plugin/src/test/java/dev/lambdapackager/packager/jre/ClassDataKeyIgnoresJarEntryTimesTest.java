package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.JarInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn clean package} without {@code project.build.outputTimestamp} writes the same classes into a jar whose
 * entries (and file) carry the time of the build: the class data's key is the same, so such a build hits.
 */
class ClassDataKeyIgnoresJarEntryTimesTest {

    @TempDir
    Path temp;

    @Test
    void aJarRebuiltAnotherDayHasTheSameKey() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        entries.put("com/example/Handler.class", "bytes of the handler");
        Path monday = SmallJars.write(
                Files.createDirectory(temp.resolve("monday")).resolve("f.jar"),
                entries,
                Instant.parse("2026-11-23T09:00:00Z").toEpochMilli());
        Path tuesday = SmallJars.write(
                Files.createDirectory(temp.resolve("tuesday")).resolve("f.jar"),
                entries,
                Instant.parse("2026-11-24T17:31:07Z").toEpochMilli());
        assertThat(Files.readAllBytes(tuesday))
                .as("the jars differ in their bytes")
                .isNotEqualTo(Files.readAllBytes(monday));

        assertThat(key(tuesday)).isEqualTo(key(monday));
    }

    private static CacheKey key(Path jar) throws Exception {
        return CacheKey.forClassData(
                "builder:17",
                Architecture.X86_64,
                new JreInputs(
                        List.of(new JarInput(jar, "f.jar", "f")),
                        List.of("com.example.Handler"),
                        "dev.example.Launcher",
                        List.of(),
                        true,
                        true,
                        Instant.EPOCH,
                        List.of()));
    }
}
