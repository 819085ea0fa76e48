package dev.lambdapackager.packager.jre;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Class data by {@link CacheKey} (the second level of the cache), kept in an {@link EntryStore}. */
public final class ClassDataCache {

    private final EntryStore store;

    public ClassDataCache(EntryStore store) {
        this.store = store;
    }

    /** The cache's folder. */
    public Path root() {
        return store.root();
    }

    /** The entry for {@code key}, if a complete one exists. */
    public Optional<ClassData> lookup(CacheKey key) {
        Optional<Path> entry = store.lookup(key.hash());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ClassData.read(entry.get()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged by hand: treat as a miss, the store replaces it
        }
    }

    /** A new empty folder on the cache's file system, for a build to extract into. */
    public Path newStagingDirectory() throws IOException {
        return store.newStagingDirectory();
    }

    /** Moves complete class data from {@code staging} into the entry for {@code key}, replacing a stale one. */
    public ClassData store(CacheKey key, Path staging) throws IOException {
        ClassData made = ClassData.read(staging);
        // An entry that cannot be read (damaged by hand) or belongs to another JRE or image is replaced.
        boolean replace = store.lookup(key.hash()).isPresent()
                && lookup(key)
                        .map(old -> !old.jreKey().equals(made.jreKey())
                                || !old.imageId().equals(made.imageId()))
                        .orElse(true);
        return ClassData.read(store.store(key, staging, replace));
    }

    /** Deletes a staging folder. */
    public void discard(Path staging) throws IOException {
        store.discard(staging);
    }
}
