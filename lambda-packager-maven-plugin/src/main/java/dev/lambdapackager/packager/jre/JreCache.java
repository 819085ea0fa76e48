package dev.lambdapackager.packager.jre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Built JREs by {@link CacheKey}, one folder each ({@code <root>/<hash>/}). An entry appears by an atomic
 * rename of a complete staging folder, so a reader never sees half an entry, and two builds racing for the
 * same key both end with a complete one.
 */
public final class JreCache {

    private static final String KEY_FILE = "key.txt";
    private static final String STAGING_PREFIX = ".staging-";

    private final Path root;

    public JreCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The cache's folder. */
    public Path root() {
        return root;
    }

    /** The entry for {@code key}, if a complete one exists. */
    public Optional<BuiltJre> lookup(CacheKey key) {
        Path entry = root.resolve(key.hash());
        if (!Files.isRegularFile(entry.resolve(KEY_FILE))) {
            return Optional.empty();
        }
        try {
            return Optional.of(BuiltJre.read(entry));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged by hand: treat as a miss, the store replaces it
        }
    }

    /** A new empty folder on the cache's file system, for a build to extract into. */
    public Path newStagingDirectory() throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, STAGING_PREFIX);
    }

    /**
     * Moves a complete build from {@code staging} into the entry for {@code key}.
     *
     * @return the stored entry
     */
    public BuiltJre store(CacheKey key, Path staging) throws IOException {
        BuiltJre.read(staging); // refuse to store an incomplete build
        Files.writeString(staging.resolve(KEY_FILE), key.text(), StandardCharsets.UTF_8);
        Path entry = root.resolve(key.hash());
        if (Files.exists(entry) && lookup(key).isEmpty()) {
            delete(entry);
        }
        try {
            Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + staging + " to " + entry + " atomically", e);
        } catch (IOException e) {
            // Another build stored the same key first: rename(2) onto its non-empty folder fails with ENOTEMPTY,
            // which Java reports as a plain FileSystemException, so look rather than match the exception type.
            if (lookup(key).isEmpty()) {
                throw e;
            }
            delete(staging); // theirs is as good
        }
        return BuiltJre.read(entry);
    }

    /** Deletes a folder tree (a failed staging folder, a damaged entry). */
    public static void delete(Path directory) throws IOException {
        if (!Files.exists(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
