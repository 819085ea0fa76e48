package dev.lambdapackager.packager.jre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Entries as folders {@code <root>/<hash>/}. An entry appears by an atomic rename of a complete staging folder,
 * so a reader never sees half an entry, and two builds racing for the same key both end with a complete one.
 */
public final class DirectoryEntryStore implements EntryStore {

    private static final String KEY_FILE = "key.txt";
    private static final String STAGING_PREFIX = ".staging-";

    private final Path root;

    public DirectoryEntryStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Optional<Path> lookup(String hash) {
        Path entry = root.resolve(hash);
        return Files.isRegularFile(entry.resolve(KEY_FILE)) ? Optional.of(entry) : Optional.empty();
    }

    @Override
    public Path newStagingDirectory() throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, STAGING_PREFIX);
    }

    @Override
    public Path store(CacheKey key, Path staging, boolean replace) throws IOException {
        Files.writeString(staging.resolve(KEY_FILE), key.text(), StandardCharsets.UTF_8);
        Path entry = root.resolve(key.hash());
        if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS) && (replace || lookup(key.hash()).isEmpty())) {
            // Renamed aside first, so that a reader sees the old entry or none, never half of one.
            Path aside = Files.createTempDirectory(root, STAGING_PREFIX).resolve("old");
            Files.move(entry, aside, StandardCopyOption.ATOMIC_MOVE);
            delete(aside.getParent());
        }
        try {
            Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + staging + " to " + entry + " atomically", e);
        } catch (IOException e) {
            // Another build stored the same key first: rename(2) onto its non-empty folder fails with ENOTEMPTY,
            // which Java reports as a plain FileSystemException, so look rather than match the exception type.
            if (lookup(key.hash()).isEmpty()) {
                throw e;
            }
            delete(staging); // theirs is as good
        }
        return entry;
    }

    @Override
    public void discard(Path staging) throws IOException {
        delete(staging);
    }

    /** Deletes a folder tree. */
    public static void delete(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
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
