package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.JarInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A jar's contents as a digest: each entry's name and uncompressed bytes, in the jar's order, and nothing else — not
 * the entries' times (they change on every {@code mvn package} without {@code project.build.outputTimestamp}) nor the
 * file's own. Two jars with equal digests load the same classes.
 */
public final class JarContents {

    private JarContents() {}

    /** {@link #sha256} of each jar, by file: read once per build for the class-data key and the JDK references. */
    public static Map<Path, String> sha256(List<JarInput> jars) throws IOException {
        Map<Path, String> digests = new LinkedHashMap<>();
        for (JarInput jar : jars) {
            if (!digests.containsKey(jar.file())) {
                digests.put(jar.file(), sha256(jar.file()));
            }
        }
        return Map.copyOf(digests);
    }

    /** The SHA-256 of {@code jar}'s entry names and bytes, in hex. */
    static String sha256(Path jar) throws IOException {
        MessageDigest digest = CacheKey.digest();
        byte[] buffer = new byte[65536];
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                digest.update(lengthOf(name.length));
                digest.update(name);
                long size = 0;
                MessageDigest content = CacheKey.digest();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        content.update(buffer, 0, n);
                        size += n;
                    }
                }
                digest.update(lengthOf(size));
                digest.update(content.digest());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] lengthOf(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (56 - 8 * i));
        }
        return bytes;
    }
}
