package dev.lambdapackager.packager.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that replaces a stale entry (made from an image the tag no longer names) takes its place — unless another
 * build is reading it: then that build keeps reading the old files undisturbed, and this one gets its own files as an
 * uncached entry, deleted when it is closed.
 */
class CacheStoreReplacesAStaleEntryUnlessAnotherBuildReadsItTest {

    @TempDir
    Path temp;

    @Test
    void replacedWhenUnused() throws Exception {
        CacheStore store =
                CacheStore.open(temp.resolve("cache"), CacheSize.parse("10MB"), CacheLog.of(m -> {}, m -> {}));
        String key = EntryFiles.key(1);
        EntryFiles.store(store, "jre", key, 10_000);

        try (Staging staging = store.stage()) {
            EntryFiles.write(staging.directory(), 2, 20_000);
            try (CacheEntry fresh = store.commit(staging, "jre", key, true)) {
                assertThat(fresh.isCached()).isTrue();
                assertThat(fresh.size()).isEqualTo(20_000);
            }
        }
        try (CacheEntry again = store.lookup("jre", key).orElseThrow()) {
            assertThat(again.size()).isEqualTo(20_000);
        }
    }

    @Test
    void keptForItsReaderAndOursUsedUncached() throws Exception {
        CacheStore store =
                CacheStore.open(temp.resolve("cache"), CacheSize.parse("10MB"), CacheLog.of(m -> {}, m -> {}));
        String key = EntryFiles.key(1);
        EntryFiles.store(store, "jre", key, 10_000);

        try (CacheEntry reader = store.lookup("jre", key).orElseThrow();
                Staging staging = store.stage()) {
            EntryFiles.write(staging.directory(), 2, 20_000);
            Path own;
            try (CacheEntry fresh = store.commit(staging, "jre", key, true)) {
                assertThat(fresh.isCached()).isFalse();
                assertThat(Files.size(fresh.directory().resolve("lib/data.bin")))
                        .isEqualTo(18_000);
                assertThat(Files.size(reader.directory().resolve("lib/data.bin")))
                        .isEqualTo(9_000);
                own = fresh.directory();
            }
            assertThat(own).doesNotExist();
        }
        try (CacheEntry old = store.lookup("jre", key).orElseThrow()) {
            assertThat(old.size()).isEqualTo(10_000);
        }
    }
}
