package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache-hit check's plain-HTTP inspect over the local socket gives the ids docker-java gives, says "none" for a
 * missing image, and is only used where the configuration names nothing but a local unix socket.
 */
class UnixSocketImageInspectAgreesWithDockerJavaTest {

    @TempDir
    Path temp;

    @Test
    void sameIdAsDockerJavaAndEmptyForAMissingImage() throws Exception {
        Path socket = UnixSocketImageInspect.localSocket(null, null, temp.resolve("none.json")).orElseThrow();
        try (DockerEngine engine = TestEngine.connect()) {
            for (Architecture architecture : Architecture.values()) {
                String image = TestEngine.builderImage(architecture); // a name with '/' and ':'
                assertThat(UnixSocketImageInspect.imageId(socket, image))
                        .contains(engine.client().inspectImageCmd(image).exec().getId());
            }
        }
        assertThat(UnixSocketImageInspect.imageId(socket, "lambda-packager/no-such-image:1")).isEmpty();
    }

    @Test
    void onlyAPlainLocalSocketIsUsed() throws Exception {
        Path noConfig = temp.resolve("none.json");
        assertThat(UnixSocketImageInspect.localSocket("unix:///run/user/1000/docker.sock", null, noConfig))
                .contains(Path.of("/run/user/1000/docker.sock"));
        assertThat(UnixSocketImageInspect.localSocket(null, null, noConfig)).contains(Path.of("/var/run/docker.sock"));
        assertThat(UnixSocketImageInspect.localSocket("tcp://10.0.0.1:2376", null, noConfig)).isEmpty();
        assertThat(UnixSocketImageInspect.localSocket(null, "colima", noConfig)).isEmpty();
        Path withContext = Files.writeString(temp.resolve("config.json"), "{\"currentContext\": \"desktop-linux\"}");
        assertThat(UnixSocketImageInspect.localSocket(null, null, withContext)).isEmpty();
    }
}
