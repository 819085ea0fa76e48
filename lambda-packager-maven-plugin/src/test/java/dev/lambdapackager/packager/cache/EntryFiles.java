package dev.lambdapackager.packager.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Random;

/** Writes entries for the cache tests: a small tree of files with content derived from a seed. */
final class EntryFiles {

    private EntryFiles() {}

    /** Stages and commits an entry of {@code bytes} bytes (in two files) under {@code key}, then closes it. */
    static void store(CacheStore store, String level, String key, int bytes) throws IOException {
        try (Staging staging = store.stage()) {
            write(staging.directory(), key.hashCode(), bytes);
            store.commit(staging, level, key).close();
        }
    }

    /** {@code bin/run} (executable, one byte in ten) and {@code lib/data.bin} (the rest) and a link to the latter. */
    static void write(Path data, long seed, int bytes) throws IOException {
        Random random = new Random(seed);
        byte[] content = new byte[bytes];
        random.nextBytes(content);
        int small = bytes / 10;
        Files.createDirectories(data.resolve("bin"));
        Files.createDirectories(data.resolve("lib"));
        Files.write(data.resolve("bin/run"), java.util.Arrays.copyOfRange(content, 0, small));
        Files.setPosixFilePermissions(data.resolve("bin/run"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.write(data.resolve("lib/data.bin"), java.util.Arrays.copyOfRange(content, small, bytes));
        Files.createSymbolicLink(data.resolve("lib/current"), Path.of("data.bin"));
    }

    /** A key as the cache levels make them: the hex of a number. */
    static String key(int n) {
        return HexFormat.of().toHexDigits((long) n) + HexFormat.of().toHexDigits((long) n * 31);
    }
}
