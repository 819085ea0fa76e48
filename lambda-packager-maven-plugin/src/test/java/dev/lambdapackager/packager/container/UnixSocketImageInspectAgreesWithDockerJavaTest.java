package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.testing.TestEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The cache-hit check's plain-HTTP inspect over the local socket gives the ids docker-java gives, says "none" for a
 * missing image.
 */
class UnixSocketImageInspectAgreesWithDockerJavaTest {

    @Test
    void sameIdAsDockerJavaAndEmptyForAMissingImage() throws Exception {
        Path socket =
                DockerEndpoint.resolve().plainUnixSocket().orElseThrow(); // the test engine is a plain unix socket
        try (DockerEngine engine = TestEngine.connect()) {
            for (Architecture architecture : Architecture.values()) {
                String image = TestEngine.builderImage(architecture); // a name with '/' and ':'
                assertThat(UnixSocketImageInspect.imageId(socket, image))
                        .contains(engine.client().inspectImageCmd(image).exec().getId());
            }
        }
        assertThat(UnixSocketImageInspect.imageId(socket, "lambda-packager/no-such-image:1"))
                .isEmpty();
    }
}
