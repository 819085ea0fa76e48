package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no engine at the configured address the build stops at once with ENGINE_UNREACHABLE, naming the
 * address, where it came from, the cause, and how to start Docker or point elsewhere. The address is set
 * through the DOCKER_HOST system property, which docker-java reads like the variable (a test cannot set
 * environment variables), and is restored after each test.
 */
class DockerEngineReportsAnUnreachableHostTest {

    private String previous;

    @TempDir
    Path temp;

    @BeforeEach
    void remember() {
        previous = System.getProperty("DOCKER_HOST");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("DOCKER_HOST");
        } else {
            System.setProperty("DOCKER_HOST", previous);
        }
    }

    @Test
    void closedTcpPort() {
        PackagingException e = connectTo("tcp://127.0.0.1:9");

        assertThat(e).hasMessageContaining("Connection refused");
    }

    @Test
    void missingSocket() {
        String socket = "unix://" + temp.resolve("docker.sock");

        PackagingException e = connectTo(socket);

        assertThat(e).hasMessageContaining("No such file or directory");
    }

    private static PackagingException connectTo(String host) {
        System.setProperty("DOCKER_HOST", host);

        PackagingException e =
                catchThrowableOfType(PackagingException.class, () -> DockerEngine.connect(Duration.ofSeconds(2)));

        assertThat(e.code()).isEqualTo(Code.ENGINE_UNREACHABLE);
        assertThat(e)
                .hasMessageStartingWith(
                        "Cannot reach a Docker engine at " + host + " (from the DOCKER_HOST system property): ")
                .hasMessageContaining(
                        "To fix: start Docker (Docker Desktop, `sudo systemctl start docker`, or `dockerd &`)")
                .hasMessageContaining("or point DOCKER_HOST at a running engine")
                .hasMessageContaining(
                        "for Podman, with `podman system service` running: unix:///run/podman/podman.sock,"
                                + " rootless unix://$XDG_RUNTIME_DIR/podman/podman.sock");
        return e;
    }
}
