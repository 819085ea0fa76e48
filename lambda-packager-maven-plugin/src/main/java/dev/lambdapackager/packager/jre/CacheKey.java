package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.Architecture;
import dev.lambdapackager.packager.JarInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What identifies a built JRE: the builder image, the architecture, and everything the build script does
 * with it — the script itself (which spells out handlers, launcher, modules and CDS settings), the training
 * stand-in, and each jar's name, content and modification time (the CDS archive depends on all three).
 * Equal keys mean the build would produce the same JRE, so it can be taken from the cache without an engine.
 *
 * @param text the canonical description, kept in the cache entry for people
 * @param hash the SHA-256 of {@code text}, in hex
 */
public record CacheKey(String text, String hash) {

    /** Bump when the layout of a cache entry changes. */
    static final int FORMAT = 3;

    /**
     * Computes the key; reads every jar once.
     *
     * @param image the builder image as configured (its name, or its id when it is pulled every time)
     */
    public static CacheKey of(String image, Architecture architecture, JreInputs inputs) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("format: ").append(FORMAT).append('\n');
        text.append("builder-image: ").append(image).append('\n');
        text.append("architecture: ").append(architecture.lambdaName()).append('\n');
        text.append("script-sha256: ").append(sha256(JreBuildScript.text(inputs).getBytes(StandardCharsets.UTF_8))).append('\n');
        text.append("training-sha256: ").append(sha256(JreBuildScript.trainingClass())).append('\n');
        text.append("jar-time: ").append(inputs.jarTime()).append('\n');
        text.append("strip-native-symbols: ").append(inputs.stripNativeSymbols()).append('\n');
        for (JarInput jar : inputs.jars()) {
            text.append("jar: ").append(jar.name()).append(' ').append(sha256(jar)).append('\n');
        }
        for (String function : inputs.functions().keySet()) {
            for (java.nio.file.Path event : inputs.trainingEvents().getOrDefault(function, List.of())) {
                text.append("training-event: ").append(function).append('/').append(event.getFileName()).append(' ')
                        .append(sha256(Files.readAllBytes(event))).append('\n');
            }
        }
        return new CacheKey(text.toString(), sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(JarInput jar) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(jar.file()), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
