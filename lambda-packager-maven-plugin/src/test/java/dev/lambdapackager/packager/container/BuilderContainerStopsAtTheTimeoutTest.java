package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.TestEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A build that hangs (a handler whose training start never returns) is stopped at the time limit with
 * BUILD_TIMEOUT, and its container is gone at once, not left running for the user to find.
 */
class BuilderContainerStopsAtTheTimeoutTest {

    @Test
    void timeoutStopsAndRemovesTheContainer() throws Exception {
        Architecture architecture = Architecture.X86_64;
        try (DockerEngine engine = TestEngine.connect();
                BuilderContainer container = BuilderContainer.create(
                        engine,
                        BuilderImage.ensure(
                                engine,
                                TestEngine.builderImage(architecture),
                                architecture,
                                PullPolicy.NEVER,
                                PackagerListener.silent()),
                        List.of("sleep", "30"),
                        Map.of(),
                        null)) {
            PackagingException e = catchThrowableOfType(
                    PackagingException.class, () -> container.run(Duration.ofSeconds(2), line -> {}));

            assertThat(e.code()).isEqualTo(Code.BUILD_TIMEOUT);
            assertThat(e).hasMessage("The build in the container did not finish within 2 s and was stopped.");
            assertThat(engine.client().listContainersCmd().withShowAll(true).exec())
                    .as("removed before close")
                    .noneMatch(c -> c.getId().equals(container.id()));
        }
    }
}
