package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.RecordingListener;
import dev.lambdapackager.testing.TestEngine;
import dev.lambdapackager.testing.TestProject;
import org.junit.jupiter.api.Test;

/**
 * With pull policy never (offline builds, air-gapped CI) a missing image is an error that names the image and
 * the engine and says how to load it, and no pull is tried.
 */
class BuilderImageNeverPullsWithPolicyNeverTest {

    @Test
    void missingImage() {
        RecordingListener listener = new RecordingListener();
        try (DockerEngine engine = TestEngine.connect()) {
            PackagingException e = catchThrowableOfType(
                    PackagingException.class,
                    () -> BuilderImage.ensure(
                            engine, TestProject.UNREACHABLE_IMAGE, Architecture.X86_64, PullPolicy.NEVER, listener));

            assertThat(e.code()).isEqualTo(Code.IMAGE_MISSING);
            assertThat(e)
                    .hasMessageStartingWith("Builder image " + TestProject.UNREACHABLE_IMAGE
                            + " is not in the Docker engine at " + engine.host() + ", and the pull policy is 'never'.")
                    .hasMessageContaining("`docker pull --platform linux/amd64 " + TestProject.UNREACHABLE_IMAGE
                            + "` or `docker load`")
                    .hasMessageContaining("pull policy 'ifNotPresent'");
        }
        assertThat(listener.lines()).noneMatch(line -> line.contains("Pulling"));
    }
}
