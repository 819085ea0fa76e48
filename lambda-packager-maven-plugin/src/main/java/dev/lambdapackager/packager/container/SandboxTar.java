package dev.lambdapackager.packager.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The tar archive copied into a sandbox container: the zip's entries under {@code var/task/} as Lambda unpacks
 * them (modes kept, DOS times read as UTC, owned by root so the function cannot change them), and extra files
 * (the in-container Runtime API) elsewhere.
 */
final class SandboxTar {

    private SandboxTar() {}

    /**
     * Writes the tar.
     *
     * @param extraFiles more files by path (no leading slash), readable by everyone
     */
    static void write(Path zip, Map<String, byte[]> extraFiles, OutputStream out) throws IOException {
        try (ZipFile zipFile = ZipFile.builder().setPath(zip).get();
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            directory(tar, "var/task/", Instant.EPOCH);
            for (Enumeration<ZipArchiveEntry> entries = zipFile.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = "var/task/" + entry.getName();
                Instant time = utc(entry);
                if (entry.isDirectory()) {
                    directory(tar, name, time);
                    continue;
                }
                int mode = entry.getUnixMode() & 0777;
                TarArchiveEntry file = new TarArchiveEntry(name);
                file.setMode(0100000 | (mode == 0 ? 0644 : mode));
                file.setSize(entry.getSize());
                file.setModTime(Date.from(time));
                root(file);
                tar.putArchiveEntry(file);
                try (InputStream in = zipFile.getInputStream(entry)) {
                    in.transferTo(tar);
                }
                tar.closeArchiveEntry();
            }
            Map<String, Boolean> dirs = new TreeMap<>();
            for (String path : extraFiles.keySet()) {
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    dirs.put(path.substring(0, slash + 1), true);
                }
            }
            for (String dir : dirs.keySet()) {
                if (!dir.equals("var/")) {
                    directory(tar, dir, Instant.EPOCH);
                }
            }
            for (Map.Entry<String, byte[]> extra : new TreeMap<>(extraFiles).entrySet()) {
                TarArchiveEntry file = new TarArchiveEntry(extra.getKey());
                file.setMode(0100644);
                file.setSize(extra.getValue().length);
                root(file);
                tar.putArchiveEntry(file);
                tar.write(extra.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    private static void directory(TarArchiveOutputStream tar, String name, Instant time) throws IOException {
        TarArchiveEntry dir = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
        dir.setMode(040755);
        dir.setModTime(Date.from(time));
        root(dir);
        tar.putArchiveEntry(dir);
        tar.closeArchiveEntry();
    }

    private static void root(TarArchiveEntry entry) {
        entry.setIds(0, 0);
        entry.setNames("root", "root");
    }

    /** Lambda reads a zip entry's DOS time as UTC; the zip library reads it in this JVM's time zone. */
    private static Instant utc(ZipArchiveEntry entry) {
        long local = entry.getTime();
        if (local < 0) {
            return Instant.EPOCH;
        }
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(local), ZoneId.systemDefault())
                .toInstant(ZoneOffset.UTC);
    }
}
