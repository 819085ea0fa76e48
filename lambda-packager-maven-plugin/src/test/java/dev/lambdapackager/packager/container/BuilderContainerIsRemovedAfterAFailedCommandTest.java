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
import org.junit.jupiter.api.Test;

/**
 * A failing build script is an ordinary outcome (its exit code and output are reported), and a container
 * that never ran (the copy-in failed) is as disposable: close removes both.
 */
class BuilderContainerIsRemovedAfterAFailedCommandTest {

    private static DockerEngine engine;
    private static BuilderImage image;

    @BeforeAll
    static void connect() throws Exception {
        engine = TestEngine.connect();
        image = BuilderImage.ensure(
                engine,
                TestEngine.builderImage(Architecture.X86_64),
                Architecture.X86_64,
                PullPolicy.NEVER,
                PackagerListener.silent());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void failedCommand() throws Exception {
        List<String> output = new ArrayList<>();
        String id;
        try (BuilderContainer container = BuilderContainer.create(
                engine, image, List.of("/bin/sh", "-c", "echo 'jlink: no such module' >&2; exit 3"), Map.of(), null)) {
            id = container.id();
            assertThat(container.run(Duration.ofMinutes(1), output::add)).isEqualTo(3);
        }
        assertThat(output).containsExactly("jlink: no such module");
        assertGone(id);
    }

    @Test
    void neverStarted() throws Exception {
        String id;
        try (BuilderContainer container = BuilderContainer.create(engine, image, List.of("true"), Map.of(), null)) {
            id = container.id();
            assertThat(engine.client().listContainersCmd().withShowAll(true).exec())
                    .anyMatch(c -> c.getId().equals(id));
        }
        assertGone(id);
    }

    private static void assertGone(String id) {
        assertThat(engine.client().listContainersCmd().withShowAll(true).exec())
                .as("containers after close")
                .noneMatch(c -> c.getId().equals(id));
    }
}
