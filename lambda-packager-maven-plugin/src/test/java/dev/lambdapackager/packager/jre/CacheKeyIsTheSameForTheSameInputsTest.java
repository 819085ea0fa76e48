package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.Architecture;
import dev.lambdapackager.packager.JarInput;
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
        CacheKey here = CacheKey.of("builder:17", Architecture.ARM64, inputs(Files.createDirectory(temp.resolve("here"))));
        CacheKey there = CacheKey.of("builder:17", Architecture.ARM64, inputs(Files.createDirectory(temp.resolve("there"))));

        assertThat(there).isEqualTo(here);
        assertThat(here.hash()).matches("[0-9a-f]{64}");
        assertThat(here.text()).doesNotContain(temp.toString());
    }

    private static JreInputs inputs(Path folder) throws Exception {
        Path function = Files.write(folder.resolve("function.jar"), new byte[] {1, 2, 3});
        Path runtime = Files.write(folder.resolve("runtime.jar"), new byte[] {4, 5, 6});
        return new JreInputs(
                List.of(new JarInput(function, "function-1.0.jar", "function"), new JarInput(runtime, "runtime-0.1.jar", "runtime")),
                List.of("com.example.Handler"), "dev.example.Launcher", List.of("jdk.crypto.ec"), true, true,
                Instant.parse("2026-11-26T00:00:00Z"));
    }
}
