package dev.lambdapackager.packager.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One build's worth of cache traffic, run in a thread or as a separate JVM: stores entries (some keys shared with the
 * other workers, most its own), looks up earlier ones and reads their files while holding them.
 * Arguments: cache folder, limit, worker number, rounds.
 */
public final class CacheStoreWorker {

    private CacheStoreWorker() {}

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]), CacheSize.parse(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }

    static void run(Path root, CacheSize limit, int worker, int rounds) throws Exception {
        CacheStore store = CacheStore.open(root, limit, CacheLog.of(m -> {}, m -> {
            throw new AssertionError("worker " + worker + " found a damaged entry: " + m);
        }));
        for (int i = 0; i < rounds; i++) {
            // Every third key is shared by all workers, so that two of them store the same key at the same time.
            int n = i % 3 == 0 ? i : worker * 1000 + i;
            String key = EntryFiles.key(n);
            Optional<CacheEntry> hit = store.lookup("jre", key);
            if (hit.isPresent()) {
                try (CacheEntry entry = hit.get()) {
                    read(entry);
                }
            } else {
                try (Staging staging = store.stage()) {
                    EntryFiles.write(staging.directory(), key.hashCode(), 40_000 + (n % 7) * 1000);
                    try (CacheEntry entry = store.commit(staging, "jre", key)) {
                        read(entry);
                    }
                }
            }
            store.lookup("jre", EntryFiles.key(worker * 1000 + i / 2)).ifPresent(CacheStoreWorker::readAndClose);
        }
    }

    private static void readAndClose(CacheEntry entry) {
        try (entry) {
            read(entry);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void read(CacheEntry entry) throws Exception {
        if (Files.size(entry.directory().resolve("lib/data.bin")) < 36_000
                || !Files.isExecutable(entry.directory().resolve("bin/run"))) {
            throw new AssertionError("entry " + entry + " is incomplete");
        }
    }
}
