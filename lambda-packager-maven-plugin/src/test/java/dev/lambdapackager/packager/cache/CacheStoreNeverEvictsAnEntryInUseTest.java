package dev.lambdapackager.packager.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry a build holds (found by a lookup, not yet closed) is never evicted, however old, even when the cache is
 * over its limit because of it; its files stay readable. Once closed, it is evicted by the next store like any other.
 */
class CacheStoreNeverEvictsAnEntryInUseTest {

    @TempDir
    Path temp;

    @Test
    void heldEntrySurvivesEviction() throws Exception {
        CacheStore store =
                CacheStore.open(temp.resolve("cache"), CacheSize.parse("150KB"), CacheLog.of(m -> {}, m -> {}));
        String old = EntryFiles.key(1);
        EntryFiles.store(store, "jre", old, 100_000);
        Thread.sleep(20);

        try (CacheEntry held = store.lookup("jre", old).orElseThrow()) {
            Thread.sleep(20);
            EntryFiles.store(store, "jre", EntryFiles.key(2), 100_000); // over the limit: only the held one could go
            Thread.sleep(20);
            assertThat(Files.size(held.directory().resolve("lib/data.bin"))).isEqualTo(90_000);
            assertThat(store.size()).isEqualTo(200_000);
        }

        Thread.sleep(20);
        EntryFiles.store(store, "jre", EntryFiles.key(3), 10_000);
        assertThat(store.lookup("jre", old)).isEmpty(); // the entry stored second was used more recently
        assertThat(store.size()).isEqualTo(110_000);
    }
}
