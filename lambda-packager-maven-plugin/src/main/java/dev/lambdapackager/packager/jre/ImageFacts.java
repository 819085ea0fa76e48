package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.Architecture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * What the cache remembers about a builder image between builds: the JDK feature version it links. Module analysis
 * runs on the host only when the host's JDK is the same feature version (see {@link ResolveModules}); this is how the
 * plugin knows without starting a container. A small file per image and architecture in {@code <cache>/facts/}.
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
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".fact-", ".tmp");
            Files.writeString(temp, feature + "\n", StandardCharsets.UTF_8);
            Files.move(
                    temp,
                    file(image, architecture),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Next build analyses modules in the builder again.
        }
    }

    private Path file(String image, Architecture architecture) {
        return folder.resolve(
                CacheKey.sha256((image + "\n" + architecture.lambdaName()).getBytes(StandardCharsets.UTF_8))
                        + ".java-feature");
    }
}
