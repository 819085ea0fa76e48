package dev.lambdapackager.packager.cache;

import java.nio.file.Path;

/**
 * A build that dies mid-way (run as its own JVM): it holds one entry in use and has written a staging folder it never
 * commits, then halts without any cleanup. Arguments: cache folder, key of the entry to hold.
 */
public final class KilledBuild {

    private KilledBuild() {}

    public static void main(String[] args) throws Exception {
        CacheStore store = CacheStore.open(Path.of(args[0]), CacheSize.parse("1GB"), CacheLog.of(m -> {}, m -> {}));
        // Takes the entry into use and never closes it, as a killed build leaves it.
        if (store.lookup("jre", args[1]).isEmpty()) {
            throw new IllegalStateException("No cache entry " + args[1] + " to hold");
        }
        Staging staging = store.stage();
        EntryFiles.write(staging.directory(), 7, 30_000);
        Runtime.getRuntime().halt(9);
    }
}
