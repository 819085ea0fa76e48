package dev.lambdapackager.packager.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two threads of this JVM (two modules of a {@code -T 2} reactor) and a second JVM (a build in another terminal) store,
 * hit and evict in one cache at the same time: none of them ever reads a damaged or vanishing entry, and afterwards
 * the cache is under its limit, every entry in it is complete, and no staging folder is left.
 */
class CacheStoreStaysConsistentWhenBuildsShareItTest {

    private static final String LIMIT = "300KB";
    private static final int ROUNDS = 40;

    @TempDir
    Path temp;

    @Test
    void threadsAndAProcessShareTheCache() throws Exception {
        Path root = temp.resolve("cache");
        Process child = childJvm(root, 3);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int worker = 1; worker <= 2; worker++) {
                int w = worker;
                runs.add(threads.submit(() -> {
                    CacheStoreWorker.run(root, CacheSize.parse(LIMIT), w, ROUNDS);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(5, TimeUnit.MINUTES);
            }
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(output).isZero();
        } finally {
            threads.shutdownNow();
            child.destroyForcibly();
        }

        // One more store evicts after everyone is done (the last eviction may have run while others still held
        // entries).
        CacheStore store = CacheStore.open(root, CacheSize.parse(LIMIT), CacheLog.of(m -> {}, m -> {
            throw new AssertionError(m);
        }));
        EntryFiles.store(store, "jre", EntryFiles.key(99_999), 1_000);
        assertThat(store.size())
                .isLessThanOrEqualTo(CacheSize.parse(LIMIT).bytes())
                .isGreaterThan(100_000);
        List<Eviction.Candidate> entries = new Eviction(store.root(), CacheLog.of(m -> {}, m -> {})).entries();
        assertThat(entries).hasSizeGreaterThan(2);
        for (Eviction.Candidate entry : entries) {
            EntryManifest.verify(entry.folder(), entry.folder().resolve(Staging.DATA));
        }
        try (Stream<Path> staging = Files.list(store.root().resolve(CacheStore.STAGING))) {
            assertThat(staging).isEmpty();
        }
    }

    private static Process childJvm(Path root, int worker) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CacheStoreWorker.class.getName(),
                        root.toString(),
                        LIMIT,
                        String.valueOf(worker),
                        String.valueOf(ROUNDS))
                .redirectErrorStream(true)
                .redirectInput(new File("/dev/null"))
                .start();
    }
}
