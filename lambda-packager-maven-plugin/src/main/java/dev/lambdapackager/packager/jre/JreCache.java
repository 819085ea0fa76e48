package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.PackagerListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Linked JREs by {@link CacheKey} (the first level of the cache), kept in an {@link EntryStore}. */
public final class JreCache {

    private final EntryStore store;

    public JreCache(EntryStore store) {
        this.store = store;
    }

    /** The JRE level of a cache in {@code root} with the default size limit, reporting nothing (for tests). */
    public JreCache(Path root) throws IOException {
        this(CacheLevels.open(
                        root,
                        dev.lambdapackager.packager.cache.CacheSize.parse(
                                        dev.lambdapackager.packager.cache.CacheSize.DEFAULT)
                                .bytes(),
                        PackagerListener.silent())
                .jres());
    }

    /** The cache's folder. */
    public Path root() {
        return store.root();
    }

    /** The entry for {@code key}, if a complete one exists. */
    public Optional<BuiltJre> lookup(CacheKey key) {
        return lookup(key.hash());
    }

    /** The entry whose key has {@code hash}, if a complete one exists. */
    public Optional<BuiltJre> lookup(String hash) {
        Optional<Path> entry = store.lookup(hash);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BuiltJre.read(entry.get()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged by hand: treat as a miss, the store replaces it
        }
    }

    /** A new empty folder on the cache's file system, for a build to extract into. */
    public Path newStagingDirectory() throws IOException {
        return store.newStagingDirectory();
    }

    /**
     * Moves a complete build from {@code staging} into the entry for {@code key}, replacing one made in another image.
     *
     * @return the stored entry
     */
    public BuiltJre store(CacheKey key, Path staging) throws IOException {
        BuiltJre built = BuiltJre.read(staging); // refuse to store an incomplete build
        java.nio.file.Files.writeString(staging.resolve(BuiltJre.BUILD).resolve(BuiltJre.KEY), key.hash() + "\n");
        // An entry that cannot be read (damaged by hand) or came from another image is replaced.
        boolean replace = store.lookup(key.hash()).isPresent()
                && lookup(key)
                        .map(old -> !old.imageId().equals(built.imageId()))
                        .orElse(true);
        return BuiltJre.read(store.store(key, staging, replace));
    }

    /** Deletes a staging folder. */
    public void discard(Path staging) throws IOException {
        store.discard(staging);
    }
}
