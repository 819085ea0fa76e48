package dev.lambdapackager.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A packaged Lambda zip, opened for the checks the ITs and the sample's end-to-end test make: layout, modes,
 * the JVM's machine type, and unpacking it as Lambda does (modes kept, DOS times read as UTC).
 */
public final class LambdaZip implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;

    private LambdaZip(Path file) throws IOException {
        this.file = file;
        this.zip = ZipFile.builder().setPath(file).get();
    }

    /** Opens {@code file}, failing the check if it is missing. */
    public static LambdaZip open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no zip at " + file);
        }
        return new LambdaZip(file);
    }

    /** The entry names, in the zip's order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            names.add(entry.getName());
        }
        return names;
    }

    /** The unix permission bits of {@code name}. */
    public int mode(String name) {
        return entry(name).getUnixMode() & 07777;
    }

    /** The text of {@code name}. */
    public String text(String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The ELF {@code e_machine} of {@code name} (62 = x86-64, 183 = aarch64). */
    public int elfMachine(String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(name))) {
            byte[] header = in.readNBytes(20);
            if (header.length < 20 || header[0] != 0x7f || header[1] != 'E' || header[2] != 'L' || header[3] != 'F') {
                throw new AssertionError(name + " is not an ELF file");
            }
            return (header[18] & 0xff) | (header[19] & 0xff) << 8; // little-endian on both architectures
        }
    }

    /** The ELF machine of this machine's own executables: 62 on x86_64, 183 on aarch64. */
    public static int hostElfMachine() {
        String arch = System.getProperty("os.arch");
        return arch.equals("aarch64") || arch.equals("arm64") ? 183 : 62;
    }

    /**
     * Checks what every function zip must have: {@code bootstrap} at the root with mode 0755, {@code jre/bin/java}
     * an executable for {@code elfMachine}, the streaming runtime in {@code lib/}, entries sorted and all dated alike.
     */
    public void checkLayout(int elfMachine) throws IOException {
        List<String> names = names();
        require(names.contains("bootstrap"), "bootstrap at the root; entries: " + names);
        require(mode("bootstrap") == 0755, "bootstrap has mode 0755, not " + Integer.toOctalString(mode("bootstrap")));
        require(text("bootstrap").startsWith("#!/bin/sh\n"), "bootstrap starts with #!/bin/sh");
        require(names.contains("jre/bin/java"), "jre/bin/java in the zip");
        require(mode("jre/bin/java") == 0755, "jre/bin/java has mode 0755");
        require(
                elfMachine("jre/bin/java") == elfMachine,
                "jre/bin/java is ELF machine " + elfMachine + ", not " + elfMachine("jre/bin/java"));
        require(
                names.stream().anyMatch(n -> n.matches("lib/lambda-streaming-runtime-[^/]+\\.jar")),
                "the streaming runtime jar in lib/; entries: "
                        + names.stream().filter(n -> n.startsWith("lib/")).toList());
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        require(sorted.equals(names), "entries sorted by name");
        long distinctTimes = Collections.list(zip.getEntries()).stream()
                .map(ZipArchiveEntry::getTime)
                .distinct()
                .count();
        require(distinctTimes == 1, "every entry has the same time, not " + distinctTimes + " different ones");
    }

    /**
     * Unpacks into {@code directory} as Lambda does: modes and symlinks kept, each file's time the entry's
     * DOS time read as UTC (Lambda's time zone).
     */
    public Path unzipTo(Path directory) throws IOException {
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            Path target = directory.resolve(entry.getName()).normalize();
            require(target.startsWith(directory), "entry " + entry.getName() + " stays inside the zip's folder");
            if (entry.isDirectory()) {
                Files.createDirectories(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            if (entry.isUnixSymlink()) {
                Files.createSymbolicLink(target, Path.of(zip.getUnixSymlink(entry)));
                continue;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target);
            }
            Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
            LocalDateTime dos =
                    LocalDateTime.ofInstant(Instant.ofEpochMilli(entry.getTime()), java.time.ZoneId.systemDefault());
            Files.setLastModifiedTime(target, FileTime.from(dos.toInstant(ZoneOffset.UTC)));
        }
        return directory;
    }

    /** The SHA-256 of the zip file, in hex. */
    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ZipArchiveEntry entry(String name) {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new AssertionError("no entry " + name + " in " + file);
        }
        return entry;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("expected " + what);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
