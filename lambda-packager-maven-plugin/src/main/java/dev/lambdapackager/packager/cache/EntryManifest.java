package dev.lambdapackager.packager.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a complete cache entry holds: one line per file (type, executable bit, size, SHA-256, path) or link (target,
 * path), sorted by path, then the total size. The manifest's own SHA-256 goes into a second file written after it,
 * so an entry whose writer stopped halfway has no valid checksum; a reader recomputes everything before using it.
 *
 * <p>Hashing every file again on a hit costs ~0.1 s for a 63 MB JRE entry (SHA-NI on x86_64); sizes alone would miss
 * a block of zeros left by a full disk, so the content is checked, not only the lengths.
 */
final class EntryManifest {

    static final String MANIFEST = "manifest";
    static final String CHECKSUM = "manifest.sha256";
    private static final String HEADER = "lambda-packager cache entry 1";

    private EntryManifest() {}

    /**
     * Writes the manifest of {@code data} into {@code entry}, then its checksum.
     *
     * @return the total size of the files in bytes
     */
    static long write(Path entry, Path data) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        long total = 0;
        for (Path file : files(data)) {
            String path = relative(data, file);
            if (path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0) {
                throw new IOException("cannot cache a file whose name holds a tab or line break: " + file);
            }
            if (Files.isSymbolicLink(file)) {
                text.append("l\t")
                        .append(Files.readSymbolicLink(file))
                        .append('\t')
                        .append(path)
                        .append('\n');
            } else {
                long size = Files.size(file);
                total += size;
                text.append("f\t")
                        .append(Files.isExecutable(file) ? 'x' : '-')
                        .append('\t')
                        .append(size)
                        .append('\t')
                        .append(sha256(file))
                        .append('\t')
                        .append(path)
                        .append('\n');
            }
        }
        text.append("total\t").append(total).append('\n');
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(entry.resolve(MANIFEST), bytes);
        Files.writeString(entry.resolve(CHECKSUM), hex(digest().digest(bytes)) + "\n", StandardCharsets.US_ASCII);
        return total;
    }

    /**
     * Checks every file of {@code data} against the manifest in {@code entry}.
     *
     * @return the total size of the files in bytes
     * @throws IOException saying what is wrong, in a few words for the one log line
     */
    static long verify(Path entry, Path data) throws IOException {
        List<String> lines = checkedLines(entry);
        long total = -1;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("total")) {
                total = Long.parseLong(f[1]);
            } else if (f[0].equals("l")) {
                Path link = data.resolve(f[2]);
                if (!Files.isSymbolicLink(link)
                        || !Files.readSymbolicLink(link).toString().equals(f[1])) {
                    throw new IOException("link " + f[2] + " is missing or changed");
                }
            } else {
                Path file = data.resolve(f[4]);
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(f[4] + " is missing");
                }
                long size = Files.size(file);
                if (size != Long.parseLong(f[2])) {
                    throw new IOException(f[4] + " has " + size + " bytes instead of " + f[2]);
                }
                if (f[1].equals("x") && !Files.isExecutable(file)) {
                    throw new IOException(f[4] + " is no longer executable");
                }
                if (!sha256(file).equals(f[3])) {
                    throw new IOException(f[4] + " has other content than was stored");
                }
            }
        }
        if (total < 0) {
            throw new IOException("the manifest has no total");
        }
        return total;
    }

    /** The total size the manifest records, without checking the files (for eviction). */
    static long recordedSize(Path entry) throws IOException {
        List<String> lines = checkedLines(entry);
        String last = lines.get(lines.size() - 1);
        if (!last.startsWith("total\t")) {
            throw new IOException("the manifest has no total");
        }
        return Long.parseLong(last.substring("total\t".length()));
    }

    private static List<String> checkedLines(Path entry) throws IOException {
        Path manifest = entry.resolve(MANIFEST);
        Path checksum = entry.resolve(CHECKSUM);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(checksum)) {
            throw new IOException("it has no checksum (its build never finished)");
        }
        byte[] bytes = Files.readAllBytes(manifest);
        if (!hex(digest().digest(bytes))
                .equals(Files.readString(checksum, StandardCharsets.US_ASCII).trim())) {
            throw new IOException("its manifest does not match its checksum");
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException("its manifest is of another format");
        }
        return lines;
    }

    private static List<Path> files(Path data) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(data)) {
            walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(files::add);
        }
        files.sort((a, b) -> relative(data, a).compareTo(relative(data, b)));
        return files;
    }

    private static String relative(Path data, Path file) {
        return data.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return hex(digest.digest());
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
