package dev.lambdapackager.testing;

import dev.lambdapackager.packager.container.DockerEngine;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagingException;
import java.time.Duration;

/**
 * The real Docker engine and the local builder images that {@code scripts/test-env.sh up} prepares. Tests
 * that need them fail (never skip) with a message that says how to get them.
 */
public final class TestEngine {

    private TestEngine() {}

    /** Connects to the engine, or fails the test saying how to start one. */
    public static DockerEngine connect() {
        try {
            return DockerEngine.connect(Duration.ofSeconds(5));
        } catch (PackagingException e) {
            throw new AssertionError(
                    e.getMessage() + "\nThis test needs a real Docker engine: run `sudo scripts/test-env.sh up`"
                            + " from the repository root (it installs and starts one and builds the builder images).",
                    e);
        }
    }

    /** The local builder image for {@code architecture}, as the build passes it in system properties. */
    public static String builderImage(Architecture architecture) {
        String key = "lambda.it.builderImage." + architecture.lambdaName();
        String image = System.getProperty(key);
        if (image == null || image.isBlank()) {
            throw new AssertionError(
                    "System property " + key + " is not set; run the tests through Maven (the root pom sets it)");
        }
        return image;
    }
}
