package dev.lambdapackager.packager.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a zip for {@link ZipWriter}: where it goes in the zip, what kind it is, its unix permission bits and
 * its content (a file to copy, bytes, or a symbolic link's target). Immutable.
 *
 * <p>Paths use {@code /} and are relative; a directory may be given with or without a trailing {@code /}. Empty,
 * {@code .} and {@code ..} segments, a leading {@code /} and backslashes are refused, so that no entry can land
 * outside the folder it is unzipped into. Modes are permission bits only (e.g. {@code 0755}); the writer adds the
 * file-type bits.
 */
public final class ZipEntrySpec {

    /** Mode for directories and executables: {@code rwxr-xr-x}. */
    public static final int EXECUTABLE_MODE = 0755;

    /** Mode for other files: {@code rw-r--r--}. */
    public static final int REGULAR_MODE = 0644;

    /** What an entry is. */
    public enum Kind {
        /** A regular file. */
        FILE,
        /** A directory; it has no content. */
        DIRECTORY,
        /** A symbolic link; its content is the link's target. */
        SYMLINK
    }

    private final String path;
    private final Kind kind;
    private final int mode;
    private final Path source;
    private final byte[] content;
    private final DeflatedContent deflated;

    private ZipEntrySpec(String path, Kind kind, int mode, Path source, byte[] content) {
        this(path, kind, mode, source, content, null);
    }

    private ZipEntrySpec(String path, Kind kind, int mode, Path source, byte[] content, DeflatedContent deflated) {
        if (mode < 0 || mode > 07777) {
            throw new InvalidZipEntryException(
                    path,
                    "mode " + Integer.toOctalString(mode) + " is not a set of permission bits (0 to 07777, e.g. 0644)");
        }
        this.path = checkedPath(path, kind);
        this.kind = kind;
        this.mode = mode;
        this.source = source;
        this.content = content;
        this.deflated = deflated;
    }

    /**
     * A file copied from {@code source}, with the mode {@link #defaultMode(Path)} gives it.
     *
     * @param path   where it goes in the zip, e.g. {@code lib/function.jar}
     * @param source the file to copy; it is read when the zip is written
     * @return the entry
     * @throws IOException if the source's permissions cannot be read
     */
    public static ZipEntrySpec file(String path, Path source) throws IOException {
        return file(path, source, defaultMode(source));
    }

    /**
     * A file copied from {@code source}, with the given mode.
     *
     * @param path   where it goes in the zip, e.g. {@code jre/bin/java}
     * @param source the file to copy; it is read when the zip is written
     * @param mode   permission bits, e.g. {@link #EXECUTABLE_MODE}
     * @return the entry
     */
    public static ZipEntrySpec file(String path, Path source, int mode) {
        return new ZipEntrySpec(path, Kind.FILE, mode, source, null);
    }

    /**
     * A file with the given content, such as a generated {@code bootstrap}.
     *
     * @param path    where it goes in the zip
     * @param content the bytes; copied, so later changes to the array do not show
     * @param mode    permission bits, e.g. {@link #EXECUTABLE_MODE}
     * @return the entry
     */
    public static ZipEntrySpec file(String path, byte[] content, int mode) {
        return new ZipEntrySpec(path, Kind.FILE, mode, null, content.clone());
    }

    /**
     * A file whose content was deflated before, by this writer at its level, and is copied as it is: the zip gets
     * the same bytes as if it were compressed again, in a fraction of the time.
     *
     * @param path     where it goes in the zip
     * @param mode     permission bits
     * @param deflated the compressed content and what describes it
     * @return the entry
     */
    static ZipEntrySpec deflated(String path, int mode, DeflatedContent deflated) {
        return new ZipEntrySpec(path, Kind.FILE, mode, null, null, deflated);
    }

    /**
     * A directory with mode {@link #EXECUTABLE_MODE}. Parents need not be listed: the writer adds missing ones.
     *
     * @param path where it goes in the zip, e.g. {@code jre/lib}
     * @return the entry
     */
    public static ZipEntrySpec directory(String path) {
        return new ZipEntrySpec(path, Kind.DIRECTORY, EXECUTABLE_MODE, null, new byte[0]);
    }

    /**
     * A symbolic link, stored as unix symlinks are in zips: mode {@code 0777} and the target as content.
     *
     * @param path   where it goes in the zip
     * @param target the link's target, normally relative, e.g. {@code ../java.base/LICENSE}
     * @return the entry
     */
    public static ZipEntrySpec symlink(String path, String target) {
        if (target.isEmpty()) {
            throw new InvalidZipEntryException(path, "a symbolic link needs a target");
        }
        return new ZipEntrySpec(path, Kind.SYMLINK, 0777, null, target.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The mode a copied file gets unless the caller decides otherwise: {@link #EXECUTABLE_MODE} if the source has any
     * execute bit (or, on file systems without unix permissions, is executable), else {@link #REGULAR_MODE}. This keeps
     * executables executable without carrying over modes such as {@code 0600} that depend on who built the zip.
     *
     * @param source the file to be copied
     * @return {@code 0755} or {@code 0644}
     * @throws IOException if the permissions cannot be read
     */
    public static int defaultMode(Path source) throws IOException {
        boolean executable;
        if (Files.getFileAttributeView(source, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(source);
            executable = permissions.contains(PosixFilePermission.OWNER_EXECUTE)
                    || permissions.contains(PosixFilePermission.GROUP_EXECUTE)
                    || permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
        } else {
            executable = Files.isExecutable(source) && !Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS);
        }
        return executable ? EXECUTABLE_MODE : REGULAR_MODE;
    }

    private static String checkedPath(String path, Kind kind) {
        String trimmed = kind == Kind.DIRECTORY && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.isEmpty()) {
            throw new InvalidZipEntryException(path, "the path is empty");
        }
        if (trimmed.startsWith("/")) {
            throw new InvalidZipEntryException(path, "the path is absolute; zip paths are relative to the zip's root");
        }
        if (trimmed.indexOf('\\') >= 0) {
            throw new InvalidZipEntryException(path, "the path contains '\\'; separate segments with '/'");
        }
        for (String segment : trimmed.split("/", -1)) {
            if (segment.equals("..")) {
                throw new InvalidZipEntryException(path, "the path contains a '..' segment");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw new InvalidZipEntryException(path, "the path contains an empty or '.' segment");
            }
        }
        return trimmed;
    }

    /**
     * Returns the path in the zip, without a trailing {@code /} even for directories.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns what the entry is.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the permission bits, e.g. {@code 0644}.
     *
     * @return the mode
     */
    public int mode() {
        return mode;
    }

    /**
     * Returns the file the content is copied from, if it is not given as bytes.
     *
     * @return the source file, or empty
     */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** The name inside the zip: directories end with '/', which is how unzip tells them apart. */
    String zipName() {
        return kind == Kind.DIRECTORY ? path + "/" : path;
    }

    /** The content as deflated before, if it was. */
    Optional<DeflatedContent> deflated() {
        return Optional.ofNullable(deflated);
    }

    /** Opens the content: the source file, the given bytes, the link target, or nothing for a directory. */
    InputStream openContent() throws IOException {
        return source != null ? Files.newInputStream(source) : new ByteArrayInputStream(content);
    }

    /** The content's size in bytes, read from the source file if there is one. */
    long size() throws IOException {
        if (deflated != null) {
            return deflated.size();
        }
        return source != null ? Files.size(source) : content.length;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + path;
    }
}
