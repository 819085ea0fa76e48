package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.testing.TestEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stopping the build (SIGTERM, as Ctrl-C's SIGINT also does: the JVM runs its shutdown hooks) while a builder
 * container runs removes the container: a Maven process that is stopped leaves nothing behind in the engine.
 */
class BuilderContainerIsRemovedWhenTheBuildIsStoppedTest {

    @Test
    void theShutdownHookRemovesTheRunningContainer() throws Exception {
        Process build = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SleepingBuilderContainer.class.getName(),
                        TestEngine.builderImage(Architecture.X86_64))
                .redirectErrorStream(true)
                .start();
        String containerId = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("running ")) {
                    containerId = line.substring("running ".length());
                    break;
                }
            }
            assertThat(containerId).as("the child started its container").isNotNull();
            try (DockerEngine engine = TestEngine.connect()) {
                String id = containerId;
                assertThat(engine.client().listContainersCmd().exec())
                        .anyMatch(c -> c.getId().equals(id));
                build.destroy();
                assertThat(build.waitFor(60, TimeUnit.SECONDS))
                        .as("the stopped build exits")
                        .isTrue();
                assertThat(engine.client().listContainersCmd().withShowAll(true).exec())
                        .as("the container is gone")
                        .noneMatch(c -> c.getId().equals(id));
            }
        } finally {
            build.destroyForcibly();
        }
    }
}
