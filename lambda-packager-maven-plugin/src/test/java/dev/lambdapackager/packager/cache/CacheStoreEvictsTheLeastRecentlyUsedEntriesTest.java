package dev.lambdapackager.packager.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a store, the entries used longest ago — by a store or a hit, whichever was later — are evicted until the
 * total fits under the limit, each with one line in the log; the ones used since stay.
 */
class CacheStoreEvictsTheLeastRecentlyUsedEntriesTest {

    @TempDir
    Path temp;

    @Test
    void oldestUseGoesFirst() throws Exception {
        List<String> infos = new CopyOnWriteArrayList<>();
        CacheStore store =
                CacheStore.open(temp.resolve("cache"), CacheSize.parse("250KB"), CacheLog.of(infos::add, m -> {}));
        String a = EntryFiles.key(1);
        String b = EntryFiles.key(2);
        String c = EntryFiles.key(3);
        String d = EntryFiles.key(4);
        EntryFiles.store(store, "jre", a, 100_000);
        pause();
        EntryFiles.store(store, "class-data", b, 100_000);
        pause();
        store.lookup("jre", a).orElseThrow().close(); // a is now used more recently than b
        pause();

        EntryFiles.store(store, "jre", c, 100_000); // 300 000 > 256 000: one must go

        assertThat(store.lookup("class-data", b)).isEmpty();
        assertThat(infos)
                .singleElement()
                .asString()
                .startsWith("Evicted class-data/" + b + " (97.7 KB, last used ")
                .endsWith("to keep the cache under 250.0 KB");
        pause();
        store.lookup("jre", c).orElseThrow().close();
        pause();
        EntryFiles.store(store, "jre", d, 100_000); // now a is the oldest use

        assertThat(store.lookup("jre", a)).isEmpty();
        assertThat(store.lookup("jre", c)).isPresent();
        assertThat(store.lookup("jre", d)).isPresent();
        assertThat(store.size()).isEqualTo(200_000);
    }

    @Test
    void anEntryLargerThanTheLimitStaysWhileInUseAndGoesAfter() throws Exception {
        CacheStore store =
                CacheStore.open(temp.resolve("cache"), CacheSize.parse("50KB"), CacheLog.of(m -> {}, m -> {}));
        String big = EntryFiles.key(5);
        try (Staging staging = store.stage()) {
            EntryFiles.write(staging.directory(), 5, 100_000);
            try (CacheEntry entry = store.commit(staging, "jre", big)) {
                assertThat(entry.directory().resolve("lib/data.bin")).hasSize(90_000);
                assertThat(store.size()).isEqualTo(100_000);
            }
        }
        EntryFiles.store(store, "jre", EntryFiles.key(6), 10_000);

        assertThat(store.lookup("jre", big)).isEmpty();
        assertThat(store.size()).isEqualTo(10_000);
    }

    /** File times here have nanosecond resolution; a few milliseconds keep the order unambiguous. */
    private static void pause() throws InterruptedException {
        Thread.sleep(20);
    }
}
