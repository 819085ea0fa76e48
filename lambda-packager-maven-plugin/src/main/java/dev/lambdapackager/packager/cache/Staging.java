package dev.lambdapackager.packager.cache;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A private folder on the cache's file system for one new entry: write the files into {@link #directory()}, then
 * {@link CacheStore#commit} it. Closing a staging that was not committed deletes it; one left behind by a killed build
 * is deleted by the next build that evicts.
 */
public final class Staging implements AutoCloseable {

    /** The sub-folder of an entry (or staging) that holds the stored files. */
    static final String DATA = "data";

    private final Path folder;
    private final InUse.Handle handle;
    private boolean committed;

    Staging(Path folder, InUse.Handle handle) {
        this.folder = folder;
        this.handle = handle;
    }

    /** Where to write the entry's files. */
    public Path directory() {
        return folder.resolve(DATA);
    }

    Path folder() {
        return folder;
    }

    InUse.Handle handle() {
        return handle;
    }

    void committed() {
        committed = true;
    }

    boolean isCommitted() {
        return committed;
    }

    /** Deletes the files unless they were committed. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        committed = true; // closing twice deletes once
        handle.close();
        Trees.delete(folder);
    }
}
