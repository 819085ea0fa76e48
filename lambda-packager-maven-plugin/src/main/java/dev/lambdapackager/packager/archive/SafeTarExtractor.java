package dev.lambdapackager.packager.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Extracts a tar, such as the one Docker returns when copying a folder out of a container, without ever writing
 * outside the destination.
 *
 * <p>It keeps directories, regular files with their permission bits (on file systems with unix permissions;
 * set-user-id, set-group-id and sticky bits are dropped), symbolic links and hard links. It refuses, with an
 * {@link UnsafeTarEntryException} naming the entry:
 * <ul>
 *   <li>absolute paths, and paths whose {@code ..} segments climb above the archive's root;</li>
 *   <li>entries whose parent is a symbolic link extracted earlier (they would be written through it);</li>
 *   <li>symbolic links with an absolute target, or a target that leaves the destination (see
 *       {@link TarEntryPaths#checkSymlinkTarget} for the exact rule);</li>
 *   <li>hard links to anything but a regular file extracted earlier from the same tar;</li>
 *   <li>a directory where a file or link was extracted, or the other way round;</li>
 *   <li>device, FIFO, sparse and other special entries: nothing that goes into a Lambda zip needs them, and saying
 *       so beats leaving a file silently missing.</li>
 * </ul>
 * Pax and GNU long-name headers are applied to the entries they describe; global pax headers are not extracted.
 * A later entry for the same path replaces an earlier file or link, as with {@code tar}.
 *
 * <p>The destination must be absent or empty: the guarantees rest on every link in it having been checked here.
 * On failure, what was extracted so far stays in the destination; the caller should delete it.
 */
public final class SafeTarExtractor {

    private final int stripComponents;

    /** An extractor that keeps entries' full paths. */
    public SafeTarExtractor() {
        this(0);
    }

    /**
     * @param stripComponents how many leading path segments to drop, like {@code tar --strip-components}: 1 turns
     *                        Docker's {@code out/jre/bin/java} into {@code jre/bin/java}; entries with no segments
     *                        left (such as {@code out/} itself) are skipped
     */
    public SafeTarExtractor(int stripComponents) {
        if (stripComponents < 0) {
            throw new IllegalArgumentException("stripComponents must be 0 or more, not " + stripComponents);
        }
        this.stripComponents = stripComponents;
    }

    /**
     * Extracts every entry of {@code tar} into {@code destination}. The stream is read to the end of the archive but
     * not closed.
     *
     * @param tar         the tar stream
     * @param destination the folder to extract into; created if absent, and must be empty if present
     * @return the number of entries extracted (not counting skipped ones)
     * @throws UnsafeTarEntryException    if an entry is refused (see the class description)
     * @throws DirectoryNotEmptyException if the destination holds anything
     * @throws IOException                if the tar cannot be read or a file cannot be written
     */
    public int extract(InputStream tar, Path destination) throws IOException {
        Files.createDirectories(destination);
        try (Stream<Path> existing = Files.list(destination)) {
            if (existing.findAny().isPresent()) {
                throw new DirectoryNotEmptyException(destination + " (extract into an empty folder)");
            }
        }
        TarExtraction extraction = new TarExtraction(destination.toRealPath());
        int count = 0;
        // Not closed: closing it would close the caller's stream.
        TarArchiveInputStream entries = new TarArchiveInputStream(tar, StandardCharsets.UTF_8.name());
        for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
            if (entry.isGlobalPaxHeader()) {
                continue; // archive-wide metadata, already applied by the stream to the entries that follow
            }
            String name = entry.getName();
            List<String> segments = TarEntryPaths.segments(name, name, stripComponents);
            if (segments.isEmpty()) {
                continue;
            }
            if (entry.isDirectory()) {
                extraction.directory(name, segments, entry.getMode());
            } else if (entry.isSymbolicLink()) {
                extraction.symlink(name, segments, entry.getLinkName());
            } else if (entry.isLink()) {
                extraction.hardLink(
                        name,
                        segments,
                        entry.getLinkName(),
                        TarEntryPaths.segments(name, entry.getLinkName(), stripComponents));
            } else if (isRegularFile(entry)) {
                extraction.file(name, segments, entry.getMode(), entries);
            } else {
                throw new UnsafeTarEntryException(
                        name,
                        "it is a " + kind(entry)
                                + "; only directories, regular files, symbolic links and hard links are extracted");
            }
            count++;
        }
        extraction.finish();
        return count;
    }

    private static boolean isRegularFile(TarArchiveEntry entry) {
        byte type = entry.getLinkFlag();
        return (type == TarConstants.LF_NORMAL || type == TarConstants.LF_OLDNORM || type == TarConstants.LF_CONTIG)
                && !entry.isSparse();
    }

    private static String kind(TarArchiveEntry entry) {
        if (entry.isCharacterDevice() || entry.isBlockDevice()) {
            return "device";
        }
        if (entry.isFIFO()) {
            return "FIFO";
        }
        if (entry.isSparse()) {
            return "sparse file";
        }
        return "entry of type '" + (char) entry.getLinkFlag() + "'";
    }
}
