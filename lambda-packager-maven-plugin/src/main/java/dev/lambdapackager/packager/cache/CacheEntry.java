package dev.lambdapackager.packager.cache;

import java.nio.file.Path;

/**
 * A complete, checked cache entry that this build is using: no build evicts it until it is closed. Close it once the
 * files have been read (copied into the zip, say).
 */
public final class CacheEntry implements AutoCloseable {

    private final Path directory;
    private final long size;
    private final InUse.Handle handle;
    private final Path uncached;

    /** @param uncached a staging folder to delete on close, when this entry could not be stored (else null) */
    CacheEntry(Path directory, long size, InUse.Handle handle, Path uncached) {
        this.directory = directory;
        this.size = size;
        this.handle = handle;
        this.uncached = uncached;
    }

    /** The folder holding the files that were stored. */
    public Path directory() {
        return directory;
    }

    /** The files' total size in bytes. */
    public long size() {
        return size;
    }

    /** Whether this entry is in the cache (false: a build's own files, stored aside, deleted on close). */
    public boolean isCached() {
        return uncached == null;
    }

    /** Lets other builds evict this entry again. */
    @Override
    public void close() {
        handle.close();
        if (uncached != null) {
            try {
                Trees.delete(uncached);
            } catch (java.io.IOException e) {
                // A staging folder nobody holds any more: the next eviction removes it.
            }
        }
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
