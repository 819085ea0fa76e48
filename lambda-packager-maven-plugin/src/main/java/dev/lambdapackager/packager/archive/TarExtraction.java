package dev.lambdapackager.packager.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of {@link SafeTarExtractor}: writes entries below a root whose paths were already checked, and remembers
 * what it wrote so hard links can only point at files from the same tar.
 */
final class TarExtraction {

    private final Path root;
    private final boolean posix;
    private final Set<Path> regularFiles = new HashSet<>();
    private final List<Map.Entry<Path, Integer>> directoryModes = new ArrayList<>();

    /** @param root the destination's real path; it must be empty, so every link in it is one checked here */
    TarExtraction(Path root) {
        this.root = root;
        this.posix = Files.getFileAttributeView(root, PosixFileAttributeView.class) != null;
    }

    void directory(String name, List<String> segments, int mode) throws IOException {
        Path target = prepare(name, segments);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeTarEntryException(name, "a file or link of that name was extracted earlier");
        }
        Files.createDirectories(target);
        directoryModes.add(Map.entry(target, mode));
    }

    void file(String name, List<String> segments, int mode, InputStream content) throws IOException {
        Path target = replaceable(name, segments);
        Files.copy(content, target);
        if (posix) {
            Files.setPosixFilePermissions(target, permissions(mode));
        }
        regularFiles.add(target);
    }

    void symlink(String name, List<String> segments, String linkTarget) throws IOException {
        TarEntryPaths.checkSymlinkTarget(name, segments, linkTarget);
        Path target = replaceable(name, segments);
        Files.createSymbolicLink(target, target.getFileSystem().getPath(linkTarget));
        regularFiles.remove(target);
    }

    /** @param linkedSegments the linked file's path below the destination (a tar names hard links from its root) */
    void hardLink(String name, List<String> segments, String linkName, List<String> linkedSegments) throws IOException {
        Path linked = root.resolve(String.join("/", linkedSegments));
        if (!regularFiles.contains(linked) || !Files.isRegularFile(linked, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeTarEntryException(
                    name,
                    "its hard link target '" + linkName + "' is not a regular file extracted earlier from this tar");
        }
        Path target = replaceable(name, segments);
        Files.createLink(target, linked);
        regularFiles.add(target);
    }

    /** Applies directory modes last, so that a read-only directory does not stop its own entries being written. */
    void finish() throws IOException {
        if (posix) {
            for (int i = directoryModes.size() - 1; i >= 0; i--) {
                Files.setPosixFilePermissions(
                        directoryModes.get(i).getKey(),
                        permissions(directoryModes.get(i).getValue()));
            }
        }
    }

    /** Creates the entry's missing parent directories, refusing to go through a link or file already there. */
    private Path prepare(String name, List<String> segments) throws IOException {
        Path parent = root;
        for (String segment : segments.subList(0, segments.size() - 1)) {
            parent = parent.resolve(segment);
            if (Files.isSymbolicLink(parent)) {
                throw new UnsafeTarEntryException(
                        name,
                        "its parent '" + root.relativize(parent)
                                + "' is a symbolic link, and entries are never written through links");
            }
            if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent)) {
                throw new UnsafeTarEntryException(name, "its parent '" + root.relativize(parent) + "' is a file");
            }
            Files.createDirectories(parent);
        }
        return parent.resolve(segments.get(segments.size() - 1));
    }

    /**
     * Like {@link #prepare}, and removes an earlier file or link of the same name as tar does: deleting rather than
     * overwriting means nothing is written through a link, nor into a file that an earlier hard link shares.
     */
    private Path replaceable(String name, List<String> segments) throws IOException {
        Path target = prepare(name, segments);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeTarEntryException(name, "a directory of that name was extracted earlier");
        }
        Files.deleteIfExists(target);
        return target;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder rwx = new StringBuilder(9);
        for (int bit = 0; bit < 9; bit++) {
            rwx.append((mode & (0400 >> bit)) != 0 ? "rwx".charAt(bit % 3) : '-');
        }
        return PosixFilePermissions.fromString(rwx.toString());
    }
}
