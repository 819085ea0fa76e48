package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.TestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The docker-java wiring, end to end against the real engine: a container created with the image's platform
 * really runs that architecture's machine code (arm64 under emulation) and its JDK.
 */
class BuilderContainerRunsOnTheImageArchitectureTest {

    private static DockerEngine engine;

    @BeforeAll
    static void connect() {
        engine = TestEngine.connect();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void runsUnameAndJavaOfTheRequestedArchitecture(Architecture architecture) throws Exception {
        BuilderImage image = BuilderImage.ensure(
                engine,
                TestEngine.builderImage(architecture),
                architecture,
                PullPolicy.NEVER,
                PackagerListener.silent());
        List<String> output = new ArrayList<>();
        String containerId;
        try (BuilderContainer container = BuilderContainer.create(
                engine,
                image,
                List.of("/bin/sh", "-c", "uname -m && \"$JAVA_HOME/bin/java\" -version"),
                Map.of(),
                null)) {
            containerId = container.id();
            int exit = container.run(Duration.ofMinutes(2), output::add);
            assertThat(exit).as("exit code; output: %s", output).isZero();
        }
        assertThat(output.get(0)).isEqualTo(architecture.unameMachine());
        assertThat(String.join("\n", output)).containsPattern("(openjdk|java) version \"\\d+");
        assertThat(engine.client().listContainersCmd().withShowAll(true).exec())
                .as("the container is removed after close")
                .noneMatch(c -> c.getId().equals(containerId));
    }
}
