package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.InitFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class data is trained on the events: an edited event, another event file or another timeout must not take the
 * old class data from the cache; the same events in another folder (a fresh checkout) must.
 */
class CacheKeyChangesWithTheTrainingEventsTest {

    @TempDir
    Path temp;

    private CacheKey key(Map<String, List<Path>> events, Duration timeout) throws Exception {
        return CacheKey.forClassData(
                "builder:25",
                Architecture.X86_64,
                new JreInputs(
                        List.of(),
                        List.of("com.example.Handler"),
                        "dev.example.Launcher",
                        List.of(),
                        true,
                        true,
                        Instant.parse("2026-11-26T00:00:00Z"),
                        List.of(),
                        Map.of("Numbers", "com.example.Handler"),
                        events,
                        timeout,
                        List.of(),
                        InitFailure.FAIL));
    }

    @Test
    void contentNamesAndTimeoutCountButNotTheFolder() throws Exception {
        Path here =
                Files.writeString(Files.createDirectories(temp.resolve("here")).resolve("01.json"), "{\"n\":1}");
        Path there =
                Files.writeString(Files.createDirectories(temp.resolve("there")).resolve("01.json"), "{\"n\":1}");
        Path edited = Files.writeString(
                Files.createDirectories(temp.resolve("edited")).resolve("01.json"), "{\"n\":2}");
        Path renamed = Files.writeString(
                Files.createDirectories(temp.resolve("renamed")).resolve("02.json"), "{\"n\":1}");
        Duration ten = Duration.ofSeconds(10);

        CacheKey base = key(Map.of("Numbers", List.of(here)), ten);

        assertThat(key(Map.of("Numbers", List.of(there)), ten)).isEqualTo(base);
        assertThat(key(Map.of("Numbers", List.of(edited)), ten).hash()).isNotEqualTo(base.hash());
        assertThat(key(Map.of("Numbers", List.of(renamed)), ten).hash()).isNotEqualTo(base.hash());
        assertThat(key(Map.of(), ten).hash()).isNotEqualTo(base.hash());
        assertThat(key(Map.of("Numbers", List.of(here)), Duration.ofSeconds(20)).hash())
                .isNotEqualTo(base.hash());
    }
}
