package dev.lambdapackager.packager.jre;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Jars written entry by entry, with chosen entry times and compression, for the cache key tests. */
final class SmallJars {

    private SmallJars() {}

    /** Writes {@code entries} (in order) with every entry dated {@code entryTime}, compressed at {@code level}. */
    static Path write(Path jar, Map<String, String> entries, long entryTime, int level) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry e = new ZipEntry(entry.getKey());
                e.setTime(entryTime);
                zip.putNextEntry(e);
                zip.write(entry.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(entryTime));
        return jar;
    }

    /** {@link #write} at the default level. */
    static Path write(Path jar, Map<String, String> entries, long entryTime) throws IOException {
        return write(jar, entries, entryTime, Deflater.DEFAULT_COMPRESSION);
    }
}
