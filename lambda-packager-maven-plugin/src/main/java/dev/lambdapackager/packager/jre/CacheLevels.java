package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.cache.CacheEntry;
import dev.lambdapackager.packager.cache.CacheLog;
import dev.lambdapackager.packager.cache.CacheSize;
import dev.lambdapackager.packager.cache.CacheStore;
import dev.lambdapackager.packager.cache.Staging;
import dev.lambdapackager.packager.model.PackagerListener;
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
 * The cache's levels — {@link #jres()} for {@link JreCache}, {@link #classData()} for {@link ClassDataCache} — as
 * {@link EntryStore}s over one {@link CacheStore} ({@code <cacheDirectory>/jre/<key>/},
 * {@code <cacheDirectory>/class-data/<key>/}): entries written whole or not at all, checked on every hit, evicted
 * least recently used first beyond the size limit. Every entry this build looks up or stores stays in use — never
 * evicted by another build — until this is closed, once the zips are written.
 */
public final class CacheLevels implements AutoCloseable {

    private static final String KEY_FILE = "key.txt";

    private final CacheStore store;
    private final PackagerListener listener;
    private final List<CacheEntry> inUse = new ArrayList<>();
    private final Map<Path, Staging> stagings = new HashMap<>();

    private CacheLevels(CacheStore store, PackagerListener listener) {
        this.store = store;
        this.listener = listener;
    }

    /**
     * Opens the cache in {@code root}, kept under {@code maxBytes}; evictions are reported as information, damaged
     * entries as warnings.
     */
    public static CacheLevels open(Path root, long maxBytes, PackagerListener listener) throws IOException {
        return new CacheLevels(
                CacheStore.open(root, new CacheSize(maxBytes), CacheLog.of(listener::info, listener::warn)), listener);
    }

    /** The level of linked JREs. */
    public EntryStore jres() {
        return new Level("jre");
    }

    /** The level of class data made from the jars. */
    public EntryStore classData() {
        return new Level("class-data");
    }

    /** Lets other builds evict the entries this one used; deletes stagings that were never stored. */
    @Override
    public synchronized void close() throws IOException {
        inUse.forEach(CacheEntry::close);
        inUse.clear();
        for (Staging staging : stagings.values()) {
            staging.close();
        }
        stagings.clear();
    }

    private synchronized void use(CacheEntry entry) {
        inUse.add(entry);
    }

    /** Stops using this build's own hold on the entry at {@code directory} (it is about to be replaced). */
    private synchronized void release(Path directory) {
        inUse.removeIf(entry -> {
            if (entry.directory().equals(directory)) {
                entry.close();
                return true;
            }
            return false;
        });
    }

    private final class Level implements EntryStore {
        private final String name;

        Level(String name) {
            this.name = name;
        }

        @Override
        public Path root() {
            return store.root();
        }

        @Override
        public Optional<Path> lookup(String hash) {
            try {
                Optional<CacheEntry> entry = store.lookup(name, hash);
                entry.ifPresent(CacheLevels.this::use);
                return entry.map(CacheEntry::directory);
            } catch (IOException e) {
                listener.warn("Cannot read the cache entry " + name + "/" + hash + " in " + store.root() + " ("
                        + e.getMessage() + "); building it again");
                return Optional.empty();
            }
        }

        @Override
        public Path newStagingDirectory() throws IOException {
            Staging staging = store.stage();
            synchronized (CacheLevels.this) {
                stagings.put(staging.directory(), staging);
            }
            return staging.directory();
        }

        @Override
        public Path store(CacheKey key, Path staging, boolean replace) throws IOException {
            Staging folder;
            synchronized (CacheLevels.this) {
                folder = stagings.remove(staging);
            }
            if (folder == null) {
                throw new IllegalArgumentException(staging + " is not a staging folder of this cache");
            }
            Files.writeString(staging.resolve(KEY_FILE), key.text(), StandardCharsets.UTF_8); // for people
            if (replace) {
                release(store.root().resolve(name).resolve(key.hash()).resolve("data"));
            }
            CacheEntry entry = store.commit(folder, name, key.hash(), replace);
            use(entry);
            if (!entry.isCached()) {
                listener.info("Another build is using the cached " + name + " entry " + key.hash() + ": this build's"
                        + " own copy is used and not cached");
            }
            return entry.directory();
        }

        @Override
        public void discard(Path staging) throws IOException {
            Staging folder;
            synchronized (CacheLevels.this) {
                folder = stagings.remove(staging);
            }
            if (folder != null) {
                folder.close();
            }
        }
    }
}
