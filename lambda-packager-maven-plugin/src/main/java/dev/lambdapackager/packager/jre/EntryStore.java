package dev.lambdapackager.packager.jre;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where cache entries live: one folder per key, appearing whole or not at all. {@link JreCache} and
 * {@link ClassDataCache} say what an entry holds; this says how entries are kept (so that checksums, eviction and
 * locking are one class's job, behind this seam).
 */
public interface EntryStore {

    /** The cache's folder, for messages. */
    Path root();

    /** The folder of the complete entry stored under {@code hash}, if there is one. */
    Optional<Path> lookup(String hash);

    /** A new empty folder on the cache's file system, for a build to extract into. */
    Path newStagingDirectory() throws IOException;

    /**
     * Moves a complete build from {@code staging} in as the entry for {@code key}.
     *
     * @param replace whether an entry already stored under the key is replaced (it was made from another image);
     *     otherwise an existing complete entry wins a race and {@code staging} is dropped
     * @return the entry's folder
     */
    Path store(CacheKey key, Path staging, boolean replace) throws IOException;

    /** Deletes a folder tree this store handed out (a failed staging folder). */
    void discard(Path staging) throws IOException;
}
