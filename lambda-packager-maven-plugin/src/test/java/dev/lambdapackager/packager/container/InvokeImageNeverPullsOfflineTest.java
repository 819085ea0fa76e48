package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.invoke.InvokeException;
import dev.lambdapackager.packager.invoke.InvokeListener;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.TestEngine;
import dev.lambdapackager.testing.TestProject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -o lambda:invoke} never pulls the invoke image either: a missing image is one error that names the
 * image, the engine and offline mode, and says what to do; nothing is pulled.
 */
class InvokeImageNeverPullsOfflineTest {

    @Test
    void missingImage() {
        List<String> lines = new CopyOnWriteArrayList<>();
        InvokeListener listener = new InvokeListener() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void error(String message) {
                lines.add(message);
            }

            @Override
            public void debug(String message) {
                lines.add(message);
            }
        };
        try (DockerEngine engine = TestEngine.connect()) {
            InvokeException e = catchThrowableOfType(
                    InvokeException.class,
                    () -> InvokeImage.ensure(
                            engine, TestProject.UNREACHABLE_IMAGE, Architecture.X86_64, PullPolicy.OFFLINE, listener));

            assertThat(e.code()).isEqualTo(InvokeException.Code.IMAGE_MISSING);
            assertThat(e)
                    .hasMessage("Invoke image " + TestProject.UNREACHABLE_IMAGE + " is not in the Docker engine at "
                            + engine.host()
                            + ", and Maven runs offline (-o), so it is not pulled. Load it first (`docker pull"
                            + " --platform linux/amd64 " + TestProject.UNREACHABLE_IMAGE
                            + "` or `docker load`), or run without -o.");
        }
        assertThat(lines).noneMatch(line -> line.contains("Pull"));
    }
}
