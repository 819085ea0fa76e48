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
 * In offline mode ({@code mvn -o}) nothing is pulled, whatever the pull policy: a missing image is one error that
 * names the image and the engine, says that offline mode is why it was not pulled, and what to do.
 */
class BuilderImageNeverPullsOfflineTest {

    @Test
    void missingImage() {
        RecordingListener listener = new RecordingListener();
        try (DockerEngine engine = TestEngine.connect()) {
            PackagingException e = catchThrowableOfType(
                    PackagingException.class,
                    () -> BuilderImage.ensure(
                            engine, TestProject.UNREACHABLE_IMAGE, Architecture.X86_64, PullPolicy.OFFLINE, listener));

            assertThat(e.code()).isEqualTo(Code.IMAGE_MISSING);
            assertThat(e)
                    .hasMessage("Builder image " + TestProject.UNREACHABLE_IMAGE + " is not in the Docker engine at "
                            + engine.host()
                            + ", and Maven runs in offline mode (-o), which never pulls. Run the build once"
                            + " without -o to pull it, or load it yourself (`docker pull --platform linux/amd64 "
                            + TestProject.UNREACHABLE_IMAGE + "` or `docker load`).");
        }
        assertThat(listener.lines()).noneMatch(line -> line.contains("Pull"));
    }
}
