package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.testing.FakeBuiltJre;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An entry someone damaged by hand (or a disk that filled up) is never handed to a build: it is a miss, and
 * the next store of that key replaces it with a complete entry instead of failing on the leftover folder.
 */
class JreCacheTreatsADamagedEntryAsAMissTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"key.txt", "jre/bin/java", "build/modules"})
    void missThenReplaced(String deleted) throws Exception {
        JreCache cache = new JreCache(temp.resolve("cache"));
        CacheKey key = CacheKey.forJre("builder:17", Architecture.ARM64, List.of("java.base"), true);
        BuiltJre first = cache.store(key, FakeBuiltJre.write(cache.newStagingDirectory(), "java.base"));
        Files.delete(first.directory().resolve(deleted));

        assertThat(cache.lookup(key)).isEmpty();

        BuiltJre second = cache.store(key, FakeBuiltJre.write(cache.newStagingDirectory(), "java.base,java.sql"));
        assertThat(cache.lookup(key)).contains(second);
        assertThat(second.modules()).containsExactly("java.base", "java.sql");
        assertThat(second.directory().resolve(deleted)).exists();
    }
}
