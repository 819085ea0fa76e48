package dev.lambdapackager.packager.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a cache under its limit: removes the entries used longest ago until the rest fit, skipping any that a build
 * (this one or another) is using. Also removes what killed builds left: stagings nobody writes any more, entries
 * moved aside, and entries of the first release's layout ({@code <root>/<64 hex>/} with a {@code key.txt}).
 * Runs inside the {@link RootLock}.
 */
final class Eviction {

    static final String LAST_USED = "last-used";
    private static final Pattern LEGACY_ENTRY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final CacheLog log;

    Eviction(Path root, CacheLog log) {
        this.root = root;
        this.log = log;
    }

    /** One entry as eviction sees it. */
    record Candidate(Path folder, long size, FileTime lastUsed) {}

    /**
     * Evicts until the entries total at most {@code limit} bytes, or only entries in use are left.
     *
     * @return the total size left
     */
    long evict(long limit) throws IOException {
        purgeLeftovers();
        List<Candidate> entries = entries();
        long total = entries.stream().mapToLong(Candidate::size).sum();
        List<Candidate> oldestFirst = new ArrayList<>(entries);
        oldestFirst.sort(Comparator.comparing(Candidate::lastUsed)
                .thenComparing(c -> c.folder().toString()));
        for (Candidate entry : oldestFirst) {
            if (total <= limit) {
                break;
            }
            if (InUse.ifUnused(entry.folder(), () -> Files.move(entry.folder(), CacheStore.trashFolder(root)))) {
                total -= entry.size();
                log.info("Evicted " + root.relativize(entry.folder()) + " (" + Sizes.human(entry.size())
                        + ", last used " + entry.lastUsed() + ") to keep the cache under " + Sizes.human(limit));
            }
        }
        purgeTrash();
        return total;
    }

    /** Every entry under the root, with its recorded size and last use. */
    List<Candidate> entries() throws IOException {
        List<Candidate> entries = new ArrayList<>();
        try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
            for (Path child : top) {
                String name = child.getFileName().toString();
                if (!Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (LEGACY_ENTRY.matcher(name).matches() && Files.isRegularFile(child.resolve("key.txt"))) {
                    entries.add(new Candidate(
                            child, Trees.size(child), Files.getLastModifiedTime(child.resolve("key.txt"))));
                } else if (CacheStore.LEVEL.matcher(name).matches()) {
                    try (DirectoryStream<Path> level = Files.newDirectoryStream(child)) {
                        for (Path entry : level) {
                            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                                entries.add(new Candidate(entry, size(entry), lastUsed(entry)));
                            }
                        }
                    }
                }
            }
        }
        return entries;
    }

    private static long size(Path entry) throws IOException {
        try {
            return EntryManifest.recordedSize(entry);
        } catch (IOException | RuntimeException e) {
            return Trees.size(entry); // damaged: it still takes room
        }
    }

    private static FileTime lastUsed(Path entry) throws IOException {
        Path mark = entry.resolve(LAST_USED);
        return Files.exists(mark) ? Files.getLastModifiedTime(mark) : Files.getLastModifiedTime(entry);
    }

    /** Stagings whose writer is gone (a killed build): nobody holds their lock. */
    private void purgeLeftovers() throws IOException {
        Path staging = root.resolve(CacheStore.STAGING);
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(staging)) {
            for (Path folder : folders) {
                InUse.ifUnused(folder, () -> Trees.delete(folder));
            }
        }
    }

    private void purgeTrash() throws IOException {
        Path trash = root.resolve(CacheStore.TRASH);
        if (!Files.isDirectory(trash)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(trash)) {
            for (Path folder : folders) {
                InUse.ifUnused(folder, () -> Trees.delete(folder));
            }
        }
    }
}
