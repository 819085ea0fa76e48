package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.testing.FakeBuiltJre;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored build is found again by its key, in its own folder named by the key's hash, with the key beside it. */
class JreCacheReturnsWhatWasStoredTest {

    @TempDir
    Path temp;

    @Test
    void storeThenLookup() throws Exception {
        JreCache cache = new JreCache(temp.resolve("cache"));
        CacheKey key = key("builder:17");
        assertThat(cache.lookup(key)).isEmpty();

        Path staging = FakeBuiltJre.write(cache.newStagingDirectory(), "java.base,java.logging");
        BuiltJre stored = cache.store(key, staging);

        assertThat(stored.directory())
                .isEqualTo(cache.root().resolve("jre").resolve(key.hash()).resolve("data"));
        assertThat(stored.modules()).containsExactly("java.base", "java.logging");
        assertThat(stored.javaFeature()).isEqualTo("21");
        assertThat(stored.jre().resolve("bin/java")).isExecutable();
        assertThat(cache.lookup(key)).contains(stored);
        assertThat(stored.directory().resolve("key.txt")).hasContent(key.text());
        assertThat(staging).doesNotExist();
        assertThat(cache.lookup(key("builder:21"))).as("another key").isEmpty();
    }

    private static CacheKey key(String image) {
        return CacheKey.forJre(image, Architecture.X86_64, List.of("java.base"), true);
    }
}
