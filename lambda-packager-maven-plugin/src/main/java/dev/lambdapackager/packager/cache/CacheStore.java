package dev.lambdapackager.packager.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Cache entries on disk, for every level of the cache (the linked JRE, the class data made from the jars, ...):
 * {@code <root>/<level>/<key>/}. Shared by concurrent builds — threads of one reactor and separate Maven processes —
 * and safe when any of them is killed:
 * <ul>
 *   <li><b>Whole or not at all.</b> An entry is written into a staging folder on the same file system, then its
 *       manifest (every file's size and SHA-256) and the manifest's checksum, last; then one atomic rename makes it
 *       visible. A reader checks the files against the manifest first; a damaged entry (a truncated file, no checksum)
 *       is discarded with one warning and counts as a miss, so it is built again.</li>
 *   <li><b>Bounded.</b> Every hit and store records the time of use; after each store the entries used longest ago are
 *       evicted until the total is under the limit. An entry a build is using (between {@link #lookup} or
 *       {@link #commit} and {@link CacheEntry#close()}) is never evicted, by this build or another one.</li>
 *   <li><b>Concurrent.</b> Renames and evictions happen under one lock on {@code <root>/.lock}; entries in use carry a
 *       shared lock on their own {@code lock} file (see {@link InUse}).</li>
 * </ul>
 * Imports nothing else of the packaging core, so each cache level builds on it.
 */
public final class CacheStore {

    /** A level's name: lower-case words joined by dashes. */
    static final Pattern LEVEL = Pattern.compile("[a-z]+(-[a-z0-9]+)*");

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");
    static final String STAGING = ".staging";
    static final String TRASH = ".trash";

    private final Path root;
    private final long limit;
    private final CacheLog log;

    private CacheStore(Path root, long limit, CacheLog log) {
        this.root = root;
        this.limit = limit;
        this.log = log;
    }

    /**
     * Opens (and creates) the cache in {@code root}.
     *
     * @param maxSize the total the entries are kept under
     * @throws IOException when the folder cannot be created
     */
    public static CacheStore open(Path root, CacheSize maxSize, CacheLog log) throws IOException {
        Files.createDirectories(root);
        return new CacheStore(root.toRealPath(), maxSize.bytes(), Objects.requireNonNull(log, "log"));
    }

    /** The cache's folder. */
    public Path root() {
        return root;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }

    /**
     * The entry {@code level}/{@code key}, checked, and marked as in use until closed; empty when there is none or it
     * was damaged (then it is discarded, with one warning).
     */
    public Optional<CacheEntry> lookup(String level, String key) throws IOException {
        Path folder = folder(level, key);
        InUse.Handle handle;
        Object identity;
        try (RootLock lock = RootLock.acquire(root)) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            identity = identity(folder);
            handle = InUse.acquire(folder);
            markUsed(folder);
        }
        try {
            long size = EntryManifest.verify(folder, folder.resolve(Staging.DATA));
            return Optional.of(new CacheEntry(folder.resolve(Staging.DATA), size, handle, null));
        } catch (IOException | RuntimeException e) {
            handle.close();
            discard(folder, identity, e.getMessage());
            return Optional.empty();
        }
    }

    /** A new staging folder for one entry; the caller writes into {@link Staging#directory()}. */
    public Staging stage() throws IOException {
        try (RootLock lock = RootLock.acquire(root)) {
            // Made and marked in one step, so that no other build takes it for a killed build's leftover.
            Path parent = Files.createDirectories(root.resolve(STAGING));
            Path folder = Files.createTempDirectory(parent, "s-");
            InUse.Handle handle = InUse.acquire(folder);
            Files.createDirectory(folder.resolve(Staging.DATA));
            return new Staging(folder, handle);
        }
    }

    /**
     * Makes {@code staging} the entry {@code level}/{@code key}, then evicts what no longer fits. When another build
     * stored the same key meanwhile, its entry is kept and {@code staging} deleted.
     *
     * @return the entry, marked as in use until closed
     */
    public CacheEntry commit(Staging staging, String level, String key) throws IOException {
        return commit(staging, level, key, false);
    }

    /**
     * Like {@link #commit(Staging, String, String)}, but with {@code replace} an existing entry under the key is
     * replaced (the caller found it stale: made from another image, say). Should another build be using that entry, it
     * stays, and the returned entry is {@code staging} itself, used by this build only and deleted when closed.
     */
    public CacheEntry commit(Staging staging, String level, String key, boolean replace) throws IOException {
        if (staging.isCommitted()) {
            throw new IllegalStateException("staging " + staging.folder() + " was already committed or closed");
        }
        Path folder = folder(level, key);
        long size = EntryManifest.write(staging.folder(), staging.directory()); // hashing outside the lock
        markUsed(staging.folder());
        CacheEntry entry;
        try (RootLock lock = RootLock.acquire(root)) {
            Files.createDirectories(folder.getParent());
            boolean exists = Files.exists(folder, LinkOption.NOFOLLOW_LINKS);
            if (exists && !replace && complete(folder)) {
                // Another build stored it first; entries are complete once visible, so theirs is as good.
                staging.close();
                InUse.Handle theirs = InUse.acquire(folder);
                markUsed(folder);
                entry = new CacheEntry(folder.resolve(Staging.DATA), EntryManifest.recordedSize(folder), theirs, null);
            } else if (exists && !InUse.ifUnused(folder, () -> Files.move(folder, trashFolder(root)))) {
                // Stale or damaged, but another build is reading it: leave it to them, and use ours uncached.
                staging.committed();
                entry = new CacheEntry(staging.directory(), size, staging.handle(), staging.folder());
            } else {
                Files.move(staging.folder(), folder, StandardCopyOption.ATOMIC_MOVE);
                InUse.moved(staging.folder(), folder);
                staging.committed();
                entry = new CacheEntry(folder.resolve(Staging.DATA), size, staging.handle(), null);
            }
        } catch (IOException | RuntimeException e) {
            staging.close();
            throw e;
        }
        evict();
        return entry;
    }

    /** Evicts down to the limit; a failure (a file someone else owns, say) costs room, not the build: one warning. */
    private void evict() {
        try (RootLock lock = RootLock.acquire(root)) {
            new Eviction(root, log).evict(limit);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not evict old entries from the cache " + root + ": " + e.getMessage());
        }
    }

    /** The entries' total size in bytes, as their manifests record it. */
    public long size() throws IOException {
        try (RootLock lock = RootLock.acquire(root)) {
            return new Eviction(root, log)
                    .entries().stream().mapToLong(Eviction.Candidate::size).sum();
        }
    }

    /** Whether an existing entry's manifest is intact (entries are complete once visible with one). */
    private static boolean complete(Path folder) {
        try {
            EntryManifest.recordedSize(folder);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void discard(Path folder, Object identity, String reason) throws IOException {
        try (RootLock lock = RootLock.acquire(root)) {
            // Another build may have discarded it and stored a good one meanwhile: only move the one that was read.
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && identity.equals(identity(folder))) {
                Path trash = trashFolder(root);
                Files.move(folder, trash);
                InUse.moved(folder, trash); // another thread of this build reading it keeps its mark, on the new path
            }
        }
        log.warn("Discarded the damaged cache entry " + folder + " (" + reason + "); it will be built again");
    }

    static Path trashFolder(Path root) throws IOException {
        return Files.createDirectories(root.resolve(TRASH))
                .resolve(UUID.randomUUID().toString());
    }

    private Path folder(String level, String key) {
        if (!LEVEL.matcher(level).matches()) {
            throw new IllegalArgumentException("not a cache level name: " + level);
        }
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a cache key (hex): " + key);
        }
        return root.resolve(level).resolve(key);
    }

    private static Object identity(Path folder) throws IOException {
        Object key = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey();
        return key != null ? key : Files.getLastModifiedTime(folder);
    }

    private static void markUsed(Path folder) throws IOException {
        Path mark = folder.resolve(Eviction.LAST_USED);
        if (!Files.exists(mark)) {
            Files.createFile(mark);
        }
        Files.setLastModifiedTime(mark, FileTime.from(Instant.now()));
    }
}
