package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.JarInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key depends on what the jars contain and are called, not where they are: a clean checkout in another
 * folder (or another machine's local repository) hits the cache entry a build elsewhere made.
 */
class CacheKeyIsTheSameForTheSameInputsTest {

    @TempDir
    Path temp;

    @Test
    void jarsCopiedElsewhereGiveTheSameKey() throws Exception {
        CacheKey here = CacheKey.forClassData(
                "builder:17", Architecture.ARM64, inputs(Files.createDirectory(temp.resolve("here"))));
        CacheKey there = CacheKey.forClassData(
                "builder:17", Architecture.ARM64, inputs(Files.createDirectory(temp.resolve("there"))));

        assertThat(there).isEqualTo(here);
        assertThat(here.hash()).matches("[0-9a-f]{64}");
        assertThat(here.text()).doesNotContain(temp.toString());
    }

    private static JreInputs inputs(Path folder) throws Exception {
        Path function = SmallJars.write(folder.resolve("function.jar"), java.util.Map.of("a/A.class", "one"), 0L);
        Path runtime = SmallJars.write(folder.resolve("runtime.jar"), java.util.Map.of("b/B.class", "two"), 0L);
        return new JreInputs(
                List.of(
                        new JarInput(function, "function-1.0.jar", "function"),
                        new JarInput(runtime, "runtime-0.1.jar", "runtime")),
                List.of("com.example.Handler"),
                "dev.example.Launcher",
                List.of("jdk.crypto.ec"),
                true,
                true,
                Instant.parse("2026-11-26T00:00:00Z"),
                List.of());
    }
}
