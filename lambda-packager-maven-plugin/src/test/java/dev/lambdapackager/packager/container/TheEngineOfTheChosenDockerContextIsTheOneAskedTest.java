package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every part of the plugin asks the engine of the docker context the user chose — by DOCKER_CONTEXT or as the current
 * context of config.json — the cache hit's image check included: a context reaching the real engine through its own
 * socket path gets the image's id, one whose engine is stopped gets "no engine" (while the default socket would
 * answer), and messages name the address and the context. A context that does not exist is an error naming it,
 * rather than docker-java's quiet fall-back to the default socket.
 */
class TheEngineOfTheChosenDockerContextIsTheOneAskedTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How long the test waits for the probe's answer: generous, since a busy machine is no failure. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private Path live;
    private Path stopped;

    @BeforeEach
    void sockets() throws Exception {
        assumeThat(System.getenv("DOCKER_HOST"))
                .as("DOCKER_HOST would override any context")
                .isNull();
        live = Files.createSymbolicLink(temp.resolve("live.sock"), Path.of("/var/run/docker.sock"));
        stopped = DockerContexts.stoppedSocket(temp.resolve("stopped.sock"));
    }

    @Test
    void dockerContextSelectsALiveEngine() throws Exception {
        String image = TestEngine.builderImage(Architecture.X86_64);
        String expected;
        try (DockerEngine engine = TestEngine.connect()) {
            expected = engine.client().inspectImageCmd(image).exec().getId();
        }
        try (DockerContexts contexts = contexts().select("live")) {
            ImageIdProbe probe = ImageIdProbe.start(image, TIMEOUT);

            assertThat(probe.outcome(WAIT)).isEqualTo(ImageIdProbe.Outcome.PRESENT);
            assertThat(probe.id()).contains(expected);
            assertThat(probe.engine())
                    .isEqualTo("unix://" + live + " (docker context 'live' from the DOCKER_CONTEXT system property)");
            try (DockerEngine engine = DockerEngine.connect(TIMEOUT)) {
                assertThat(engine.endpoint().describe()).isEqualTo(probe.engine());
            }
        }
    }

    @Test
    void dockerContextSelectsAStoppedEngine() throws Exception {
        try (DockerContexts contexts = contexts().select("stopped")) {
            ImageIdProbe probe = ImageIdProbe.start(TestEngine.builderImage(Architecture.X86_64), TIMEOUT);

            assertThat(probe.outcome(WAIT)).isEqualTo(ImageIdProbe.Outcome.NO_ENGINE);
            assertThat(probe.engine())
                    .isEqualTo("unix://" + stopped
                            + " (docker context 'stopped' from the DOCKER_CONTEXT system property)");
            PackagingException e = catchThrowableOfType(PackagingException.class, () -> DockerEngine.connect(TIMEOUT));
            assertThat(e.code()).isEqualTo(Code.ENGINE_UNREACHABLE);
            assertThat(e)
                    .hasMessageStartingWith("Cannot reach a Docker engine at unix://" + stopped
                            + " (docker context 'stopped' from the DOCKER_CONTEXT system property): ")
                    .hasMessageContaining("docker context ls");
        }
    }

    @Test
    void currentContextOfTheConfigFileIsFollowed() throws Exception {
        try (DockerContexts contexts = contexts().current("stopped")) {
            ImageIdProbe probe = ImageIdProbe.start(TestEngine.builderImage(Architecture.X86_64), TIMEOUT);

            assertThat(probe.outcome(WAIT)).isEqualTo(ImageIdProbe.Outcome.NO_ENGINE);
            assertThat(probe.engine())
                    .isEqualTo("unix://" + stopped + " (docker context 'stopped', the current context in "
                            + temp.resolve("docker/config.json") + ")");
        }
    }

    @Test
    void unknownContextIsAnErrorNamingIt() throws Exception {
        try (DockerContexts contexts = contexts().select("nosuch")) {
            PackagingException e = catchThrowableOfType(PackagingException.class, DockerEndpoint::resolve);

            assertThat(e.code()).isEqualTo(Code.ENGINE_UNREACHABLE);
            assertThat(e)
                    .hasMessageStartingWith(
                            "Docker context 'nosuch' (from the DOCKER_CONTEXT system property) does not exist")
                    .hasMessageContaining("docker context ls");
        }
    }

    private DockerContexts contexts() throws Exception {
        return new DockerContexts(temp.resolve("docker"))
                .context("live", "unix://" + live)
                .context("stopped", "unix://" + stopped);
    }
}
