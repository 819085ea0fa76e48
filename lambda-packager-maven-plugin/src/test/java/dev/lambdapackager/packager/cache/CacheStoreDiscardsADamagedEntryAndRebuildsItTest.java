package dev.lambdapackager.packager.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A damaged entry — a truncated file (a full disk), a block of zeros of the same length, a missing file or a missing
 * checksum (a build killed while writing it) — is never handed out: the lookup is a miss, the entry is discarded with
 * exactly one warning that names it, and a new store of the same key gives a good entry again.
 */
class CacheStoreDiscardsADamagedEntryAndRebuildsItTest {

    @TempDir
    Path temp;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private CacheStore store() throws Exception {
        return CacheStore.open(temp.resolve("cache"), CacheSize.parse("10MB"), CacheLog.of(m -> {}, warnings::add));
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncate", "zeros", "delete", "no-checksum"})
    void damagedEntryIsAMissThenRebuilt(String damage) throws Exception {
        CacheStore store = store();
        String key = EntryFiles.key(1);
        EntryFiles.store(store, "jre", key, 200_000);
        Path entry = store.root().resolve("jre").resolve(key);
        Path file = entry.resolve("data/lib/data.bin");
        switch (damage) {
            case "truncate" -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2);
                }
            }
            case "zeros" -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.seek(4096);
                    raf.write(new byte[8192]);
                }
            }
            case "delete" -> Files.delete(file);
            case "no-checksum" -> Files.delete(entry.resolve(EntryManifest.CHECKSUM));
            default -> throw new IllegalArgumentException(damage);
        }

        assertThat(store.lookup("jre", key)).isEmpty();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0))
                .startsWith("Discarded the damaged cache entry " + entry)
                .contains("built again");
        assertThat(entry).doesNotExist();

        EntryFiles.store(store, "jre", key, 200_000);
        try (CacheEntry again = store.lookup("jre", key).orElseThrow()) {
            assertThat(again.size()).isEqualTo(200_000);
            assertThat(again.directory().resolve("lib/data.bin")).hasSize(180_000);
            assertThat(Files.isExecutable(again.directory().resolve("bin/run"))).isTrue();
        }
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aDamagedEntryInTheWayOfAStoreIsReplaced() throws Exception {
        CacheStore store = store();
        String key = EntryFiles.key(2);
        EntryFiles.store(store, "jre", key, 50_000);
        Path entry = store.root().resolve("jre").resolve(key);
        Files.writeString(entry.resolve(EntryManifest.CHECKSUM), "0000\n");

        EntryFiles.store(store, "jre", key, 60_000);

        try (CacheEntry replaced = store.lookup("jre", key).orElseThrow()) {
            assertThat(replaced.size()).isEqualTo(60_000);
        }
        assertThat(warnings).isEmpty();
    }
}
