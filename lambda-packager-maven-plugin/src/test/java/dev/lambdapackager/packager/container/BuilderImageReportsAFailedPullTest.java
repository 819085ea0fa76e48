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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A pull that fails (registry down, typo, no login) ends the build with IMAGE_PULL_FAILED naming the image,
 * the platform and the engine's reason, and what to do, as one line. The image lives at 127.0.0.1:9, where nothing
 * listens, so the failure stays on this machine: no real registry is ever asked.
 */
class BuilderImageReportsAFailedPullTest {

    @ParameterizedTest
    @EnumSource(
            value = PullPolicy.class,
            names = {"ALWAYS", "IF_NOT_PRESENT"})
    void unreachableRegistry(PullPolicy policy) {
        RecordingListener listener = new RecordingListener();
        try (DockerEngine engine = TestEngine.connect()) {
            PackagingException e = catchThrowableOfType(
                    PackagingException.class,
                    () -> BuilderImage.ensure(
                            engine, TestProject.UNREACHABLE_IMAGE, Architecture.ARM64, policy, listener));

            assertThat(e.code()).isEqualTo(Code.IMAGE_PULL_FAILED);
            assertThat(e)
                    .hasMessageStartingWith(
                            "Cannot pull builder image " + TestProject.UNREACHABLE_IMAGE + " for linux/arm64: ")
                    .hasMessageContaining("connection refused")
                    // The engine's reason alone, not docker-java's wrapping of its answer, and on one line.
                    .hasMessageNotContaining("Status 500")
                    .hasMessageNotContaining("{\"message\"")
                    .hasMessageNotContaining("\n")
                    .hasMessageEndingWith(
                            "Check the image name and your network or registry login (`docker login`), or load"
                                    + " the image yourself and use pull policy 'never'.");
        }
        // The failure is the exception's message only: no warning besides it.
        assertThat(listener.lines())
                .filteredOn(line -> !line.startsWith("DEBUG"))
                .containsExactly(
                        "INFO Pulling builder image " + TestProject.UNREACHABLE_IMAGE + " for linux/arm64 ...");
    }
}
