package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.testing.FakeBuiltJre;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same key (two modules of a reactor, two checkouts sharing ~/.m2) both finish: the
 * second to store finds the first one's entry in place, keeps it, and cleans up its own staging folder.
 * Run one after the other, this is exactly what the loser of a race does.
 */
class JreCacheKeepsOneEntryWhenTwoBuildsStoreTheSameKeyTest {

    @TempDir
    Path temp;

    @Test
    void bothStoresSucceedWithOneCompleteEntry() throws Exception {
        JreCache cache = new JreCache(temp.resolve("cache"));
        CacheKey key = CacheKey.forJre("builder:17", Architecture.ARM64, List.of("java.base"), true);
        Path first = FakeBuiltJre.write(cache.newStagingDirectory(), "java.base");
        Path second = FakeBuiltJre.write(cache.newStagingDirectory(), "java.base");

        BuiltJre stored = cache.store(key, first);
        BuiltJre storedAgain = cache.store(key, second);

        assertThat(storedAgain).isEqualTo(stored);
        assertThat(cache.lookup(key)).contains(stored);
        try (Stream<Path> entries = Files.list(cache.root().resolve("jre"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly(key.hash());
        }
    }
}
