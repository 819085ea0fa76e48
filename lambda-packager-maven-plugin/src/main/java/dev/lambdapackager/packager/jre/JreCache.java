package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.PackagerListener;
import dev.lambdapackager.packager.cache.CacheEntry;
import dev.lambdapackager.packager.cache.CacheLog;
import dev.lambdapackager.packager.cache.CacheSize;
import dev.lambdapackager.packager.cache.CacheStore;
import dev.lambdapackager.packager.cache.Staging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Built JREs by {@link CacheKey}, as the {@code jre} level of a {@link CacheStore}: written whole or not at all,
 * checked on every hit (a damaged entry is discarded with one warning and rebuilt), and evicted least recently used
 * first beyond the cache's size limit. The entries this build uses stay marked as in use, so that no other build
 * evicts them, until this cache is closed.
 */
public final class JreCache implements AutoCloseable {

    /** The store's level for linked JREs. */
    static final String LEVEL = "jre";
    private static final String KEY_FILE = "key.txt";

    private final Path root;
    private final CacheSize limit;
    private final CacheLog log;
    private final Map<Path, Staging> stagings = new HashMap<>();
    private final List<CacheEntry> inUse = new ArrayList<>();
    private CacheStore store;

    /** A cache with the default limit that reports nothing (for tests). */
    public JreCache(Path root) {
        this(root, CacheSize.parse(CacheSize.DEFAULT).bytes(), PackagerListener.silent());
    }

    /**
     * @param maxBytes the most the whole cache folder may hold
     * @param listener where evictions (info) and discarded entries (warning) are reported
     */
    public JreCache(Path root, long maxBytes, PackagerListener listener) {
        this.root = root.toAbsolutePath().normalize();
        this.limit = new CacheSize(maxBytes);
        this.log = CacheLog.of(listener::info, listener::warn);
    }

    /** The cache's folder. */
    public Path root() {
        return root;
    }

    private CacheStore store() throws IOException {
        if (store == null) {
            store = CacheStore.open(root, limit, log);
        }
        return store;
    }

    /** The entry for {@code key}, if a complete one exists; it stays in use until this cache is closed. */
    public Optional<BuiltJre> lookup(CacheKey key) throws IOException {
        Optional<CacheEntry> entry = store().lookup(LEVEL, key.hash());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            BuiltJre jre = BuiltJre.read(entry.get().directory());
            inUse.add(entry.get());
            return Optional.of(jre);
        } catch (IOException | RuntimeException e) {
            entry.get().close(); // complete as stored, but not a JRE (another version's layout): a miss, replaced on store
            return Optional.empty();
        }
    }

    /** A new empty folder on the cache's file system, for a build to extract into. */
    public Path newStagingDirectory() throws IOException {
        Staging staging = store().stage();
        stagings.put(staging.directory(), staging);
        return staging.directory();
    }

    /**
     * Makes the complete build in {@code staging} the entry for {@code key} (evicting what no longer fits).
     *
     * @return the stored entry, in use until this cache is closed
     * @throws IOException when the build is incomplete or the entry cannot be written
     */
    public BuiltJre store(CacheKey key, Path staging) throws IOException {
        Staging folder = stagings.remove(staging);
        if (folder == null) {
            throw new IllegalArgumentException(staging + " is not a staging folder of this cache");
        }
        try (folder) {
            BuiltJre.read(staging); // refuse to store an incomplete build
            Files.writeString(staging.resolve(KEY_FILE), key.text(), StandardCharsets.UTF_8);
            CacheEntry entry = store().commit(folder, LEVEL, key.hash());
            inUse.add(entry);
            return BuiltJre.read(entry.directory());
        }
    }

    /** Deletes a staging folder that was not stored (a failed build). */
    public void discard(Path staging) throws IOException {
        Staging folder = stagings.remove(staging);
        if (folder != null) {
            folder.close();
        }
    }

    /** Lets other builds evict the entries this one used, and deletes stagings that were never stored. */
    @Override
    public void close() throws IOException {
        inUse.forEach(CacheEntry::close);
        inUse.clear();
        for (Staging staging : stagings.values()) {
            staging.close();
        }
        stagings.clear();
    }
}
