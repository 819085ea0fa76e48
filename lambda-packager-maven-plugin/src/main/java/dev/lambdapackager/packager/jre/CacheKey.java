package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.launch.BootstrapScript;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.JarInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What identifies a cache entry, one kind per level. Equal keys mean the build would produce the same files, so they
 * can be taken from the cache without an engine.
 *
 * <ul>
 *   <li>{@link #forJre}: the builder image, the architecture, the module set and how it is linked (the script, the
 *       stripping). A code change with the same module set has the same key.
 *   <li>{@link #forClassData}: everything the JRE's key depends on except the module set (which the jars and the
 *       image decide), plus the jars' <em>contents</em> (entry names and bytes, never entry times: a
 *       {@code mvn clean package} without a change hits), each jar's size and the time it gets in the zip (the
 *       archive checks both), handlers, launcher, JVM options and the training stand-in.
 * </ul>
 *
 * @param text the canonical description, kept in the cache entry for people
 * @param hash the SHA-256 of {@code text}, in hex
 */
public record CacheKey(String text, String hash) {

    /** Bump when the layout of a cache entry changes. */
    static final int FORMAT = 4;

    /**
     * The key of a linked JRE.
     *
     * @param image the builder image as configured (its name, or its id when it is pulled every time)
     */
    public static CacheKey forJre(
            String image, Architecture architecture, List<String> modules, boolean stripNativeSymbols) {
        StringBuilder text = common("jre", image, architecture, stripNativeSymbols);
        text.append("modules: ").append(String.join(",", modules)).append('\n');
        return of(text);
    }

    /**
     * The key of the class data; reads every jar once.
     *
     * @param image the builder image as configured (its name, or its id when it is pulled every time)
     */
    public static CacheKey forClassData(String image, Architecture architecture, JreInputs inputs) throws IOException {
        return forClassData(image, architecture, inputs, JarContents.sha256(inputs.jars()));
    }

    /**
     * {@link #forClassData(String, Architecture, JreInputs)} with the jars' {@link JarContents} already read.
     *
     * @param contents {@link JarContents#sha256(List)} of {@code inputs}' jars
     */
    public static CacheKey forClassData(
            String image, Architecture architecture, JreInputs inputs, Map<Path, String> contents) throws IOException {
        StringBuilder text = common("class-data", image, architecture, inputs.stripNativeSymbols());
        text.append("additional-modules: ")
                .append(String.join(",", inputs.additionalModules()))
                .append('\n');
        text.append("class-data: ").append(inputs.cds()).append('\n');
        text.append("training-sha256: ")
                .append(sha256(JreBuildScript.trainingClass()))
                .append('\n');
        text.append("training-flags: ")
                .append(String.join(" ", BootstrapScript.FAST_START_FLAGS))
                .append('\n');
        text.append("jvm-options: ")
                .append(String.join(
                        " ",
                        inputs.jvmOptions().stream().map(BootstrapScript::quote).toList()))
                .append('\n');
        text.append("exclude-modules: ")
                .append(String.join(",", inputs.excludeModules()))
                .append('\n');
        text.append("init-failure: ").append(inputs.initFailure().configValue()).append('\n');
        text.append("launcher: ").append(inputs.launcherClass()).append('\n');
        text.append("handlers: ").append(String.join(" ", inputs.handlers())).append('\n');
        text.append("training-timeout: ")
                .append(inputs.trainingTimeout().toSeconds())
                .append('\n');
        for (Map.Entry<String, String> function : inputs.functions().entrySet()) {
            text.append("function: ")
                    .append(function.getKey())
                    .append(' ')
                    .append(function.getValue())
                    .append('\n');
            for (Path event : inputs.trainingEvents().getOrDefault(function.getKey(), List.of())) {
                text.append("training-event: ")
                        .append(function.getKey())
                        .append('/')
                        .append(event.getFileName())
                        .append(' ')
                        .append(sha256(Files.readAllBytes(event)))
                        .append('\n');
            }
        }
        text.append("jar-time: ").append(inputs.jarTime()).append('\n');
        for (JarInput jar : inputs.jars()) {
            text.append("jar: ")
                    .append(jar.name())
                    .append(' ')
                    .append(Files.size(jar.file()))
                    .append(' ')
                    .append(Objects.requireNonNull(
                            contents.get(jar.file()), () -> "no contents digest of " + jar.file()))
                    .append('\n');
        }
        return of(text);
    }

    private static StringBuilder common(String level, String image, Architecture architecture, boolean strip) {
        StringBuilder text = new StringBuilder();
        text.append("format: ").append(FORMAT).append('\n');
        text.append("level: ").append(level).append('\n');
        text.append("builder-image: ").append(image).append('\n');
        text.append("architecture: ").append(architecture.lambdaName()).append('\n');
        text.append("script-sha256: ")
                .append(sha256(JreBuildScript.body().getBytes(StandardCharsets.UTF_8)))
                .append('\n');
        text.append("strip-native-symbols: ").append(strip).append('\n');
        return text;
    }

    private static CacheKey of(StringBuilder text) {
        return new CacheKey(text.toString(), sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
