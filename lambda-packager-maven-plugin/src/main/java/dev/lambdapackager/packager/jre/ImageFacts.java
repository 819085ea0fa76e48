package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.Architecture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * What the cache remembers about a builder image between builds, in small files in {@code <cache>/facts/}:
 * <ul>
 *   <li>the JDK feature version it links, per image and architecture. Module analysis runs on the host only when the
 *       host's JDK is the same feature version (see {@link ResolveModules}); this is how the plugin knows without
 *       starting a container;</li>
 *   <li>the module set the last build of a class path linked, per image, architecture, jar names and module
 *       settings, with the digest of those jars' {@link JdkReferences}. A code change whose jars refer to the same
 *       JDK packages needs that module set again; otherwise the class data is made with that JRE straight away, and
 *       the builder's jdeps checks the guess meanwhile (see {@link ObtainClassData#makeTrusting}).</li>
 * </ul>
 * A fact that cannot be read or written only costs the fast path.
 */
public final class ImageFacts {

    private static final String REFERENCES = "jdk-references ";

    private final Path folder;

    public ImageFacts(Path cacheRoot) {
        this.folder = cacheRoot.toAbsolutePath().normalize().resolve("facts");
    }

    /** Where {@link JdkReferences} keeps each jar's references (they depend on no image). */
    public Path referencesFolder() {
        return folder.resolve("jdk-references");
    }

    /** The JDK feature version a JRE linked in {@code image} had, if one was linked before. */
    public Optional<Integer> javaFeature(String image, Architecture architecture) {
        try {
            return Optional.of(Integer.parseInt(Files.readString(file(image, architecture), StandardCharsets.UTF_8)
                    .trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Records the JDK feature version of a JRE just linked in {@code image}; a failure only costs the fast path. */
    public void recordJavaFeature(String image, Architecture architecture, String feature) {
        write(file(image, architecture), feature);
    }

    /**
     * What the last build of {@code inputs}' jars (by name) in {@code image} linked: its module set, and the digest of
     * those jars' {@link JdkReferences} when it was recorded.
     *
     * @param modules the module set linked
     * @param references the digest of the jars' references, empty for a fact written without it
     */
    public record LastLink(List<String> modules, Optional<String> references) {}

    /** The {@link LastLink} of {@code inputs}' jars in {@code image}, if any. */
    public Optional<LastLink> lastLink(String image, Architecture architecture, JreInputs inputs) {
        List<String> lines;
        try {
            lines = Files.readAllLines(modulesFile(image, architecture, inputs), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        Optional<String> references = lines.stream()
                .skip(1)
                .filter(line -> line.startsWith(REFERENCES))
                .map(line -> line.substring(REFERENCES.length()).trim())
                .findFirst();
        return Optional.of(new LastLink(List.of(lines.get(0).trim().split(",")), references));
    }

    /**
     * Records the module set a build of {@code inputs}' jars in {@code image} links, with the digest of the jars'
     * {@link JdkReferences} when known.
     */
    public void recordModules(
            String image,
            Architecture architecture,
            JreInputs inputs,
            List<String> modules,
            Optional<String> references) {
        write(
                modulesFile(image, architecture, inputs),
                String.join(",", modules)
                        + references.map(digest -> "\n" + REFERENCES + digest).orElse(""));
    }

    private Path modulesFile(String image, Architecture architecture, JreInputs inputs) {
        // By jar names, not contents: the next version of the same code finds it. A wrong guess costs one more run.
        StringBuilder text = new StringBuilder("modules\n")
                .append(image)
                .append('\n')
                .append(architecture.lambdaName())
                .append('\n');
        inputs.jars().forEach(jar -> text.append("jar ").append(jar.name()).append('\n'));
        text.append("additional ")
                .append(String.join(",", inputs.additionalModules()))
                .append('\n');
        text.append("exclude ")
                .append(String.join(",", inputs.excludeModules()))
                .append('\n');
        text.append("strip ").append(inputs.stripNativeSymbols()).append('\n');
        return folder.resolve(CacheKey.sha256(text.toString().getBytes(StandardCharsets.UTF_8)) + ".modules");
    }

    private static void write(Path file, String value) {
        writeWhole(file, value + "\n");
    }

    /**
     * Writes a small file of the cache whole or not at all (a temporary file moved into place), so that a reader never
     * sees half of it. A failure only costs the fast path the file was for.
     */
    static void writeWhole(Path file, String text) {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), ".fact-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // a stray temporary file of a few bytes
            }
        }
    }

    private Path file(String image, Architecture architecture) {
        return folder.resolve(
                CacheKey.sha256((image + "\n" + architecture.lambdaName()).getBytes(StandardCharsets.UTF_8))
                        + ".java-feature");
    }
}
