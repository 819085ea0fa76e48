package dev.lambdapackager.packager.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed while it held an entry and wrote another leaves nothing that blocks or fills the cache: its half-written
 * staging folder is never visible as an entry and is deleted by the next store, and the entry it held can be evicted
 * (the operating system dropped its lock with the process).
 */
class CacheStoreCleansUpAfterAKilledBuildTest {

    @TempDir
    Path temp;

    @Test
    void leftoversOfAKilledBuildAreRemoved() throws Exception {
        Path root = temp.resolve("cache");
        CacheStore store = CacheStore.open(root, CacheSize.parse("100KB"), CacheLog.of(m -> {}, m -> {}));
        String held = EntryFiles.key(1);
        EntryFiles.store(store, "jre", held, 60_000);

        Process killed = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledBuild.class.getName(),
                        root.toString(),
                        held)
                .inheritIO()
                .start();
        assertThat(killed.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(9);
        assertThat(stagings(root)).isEqualTo(1);

        Thread.sleep(20);
        EntryFiles.store(store, "jre", EntryFiles.key(2), 60_000);

        assertThat(stagings(root)).isZero();
        assertThat(store.lookup("jre", held)).isEmpty();
        assertThat(store.size()).isEqualTo(60_000);
    }

    private static long stagings(Path root) throws Exception {
        try (Stream<Path> folders = Files.list(root.resolve(CacheStore.STAGING))) {
            return folders.count();
        }
    }
}
