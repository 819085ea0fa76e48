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
 *       settings. When only the builder's JDK can analyse the jars, a code change makes its class data with the JRE of
 *       that module set straight away, and the builder's jdeps checks the guess meanwhile (see
 *       {@link ObtainClassData#makeTrusting}).</li>
 * </ul>
 * A fact that cannot be read or written only costs the fast path.
 */
public final class ImageFacts {

    private final Path folder;

    public ImageFacts(Path cacheRoot) {
        this.folder = cacheRoot.toAbsolutePath().normalize().resolve("facts");
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

    /** The module set the last build of {@code inputs}' jars (by name) in {@code image} linked, if any. */
    public Optional<List<String>> lastModules(String image, Architecture architecture, JreInputs inputs) {
        try {
            String modules = Files.readString(modulesFile(image, architecture, inputs), StandardCharsets.UTF_8)
                    .trim();
            return modules.isEmpty() ? Optional.empty() : Optional.of(List.of(modules.split(",")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records the module set a build of {@code inputs}' jars in {@code image} links. */
    public void recordModules(String image, Architecture architecture, JreInputs inputs, List<String> modules) {
        write(modulesFile(image, architecture, inputs), String.join(",", modules));
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

    private void write(Path file, String value) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".fact-", ".tmp");
            Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The next build takes the slow path.
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
