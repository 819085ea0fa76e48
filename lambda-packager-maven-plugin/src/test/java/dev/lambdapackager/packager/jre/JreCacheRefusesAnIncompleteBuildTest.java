package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.testing.FakeBuiltJre;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A build that left something out (no JVM, no notes) never becomes an entry that later builds would trust. */
class JreCacheRefusesAnIncompleteBuildTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"jre/bin/java", "build/modules"})
    void storeFailsAndNoEntryAppears(String missing) throws Exception {
        JreCache cache = new JreCache(temp.resolve("cache"));
        CacheKey key = CacheKey.forJre("builder:17", Architecture.ARM64, List.of("java.base"), true);
        Path staging = FakeBuiltJre.write(cache.newStagingDirectory(), "java.base");
        Files.delete(staging.resolve(missing));

        assertThatThrownBy(() -> cache.store(key, staging)).isInstanceOf(IOException.class);

        assertThat(cache.root().resolve("jre").resolve(key.hash())).doesNotExist();
        assertThat(cache.lookup(key)).isEmpty();
    }
}
