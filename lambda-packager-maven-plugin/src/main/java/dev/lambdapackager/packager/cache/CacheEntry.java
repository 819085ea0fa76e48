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

    CacheEntry(Path directory, long size, InUse.Handle handle) {
        this.directory = directory;
        this.size = size;
        this.handle = handle;
    }

    /** The folder holding the files that were stored. */
    public Path directory() {
        return directory;
    }

    /** The files' total size in bytes. */
    public long size() {
        return size;
    }

    /** Lets other builds evict this entry again. */
    @Override
    public void close() {
        handle.close();
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
