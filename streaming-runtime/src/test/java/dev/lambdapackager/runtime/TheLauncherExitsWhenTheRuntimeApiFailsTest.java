package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.handlers.EchoHandler;
import dev.lambdapackager.runtime.testsupport.LauncherProcess;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A lost connection or a 500 ends the JVM by itself with status 1 and one clear line: the packaging plugin's CDS
 * training run depends on the process exiting after the Runtime API drops it.
 */
class TheLauncherExitsWhenTheRuntimeApiFailsTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void aConnectionDroppedAfterTheFirstNext() throws Exception {
        api.enqueueDrop();

        LauncherProcess process = launch();

        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output())
                .isEqualTo("[FATAL] Lost the connection to the Runtime API at " + api.address()
                        + ": the Runtime API closed the connection" + System.lineSeparator());
    }

    @Test
    void a500() throws Exception {
        api.enqueueStatus(500, "broken");

        LauncherProcess process = launch();

        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output())
                .isEqualTo("[FATAL] The Runtime API answered 500 to GET /next (broken);"
                        + " the environment is unusable, exiting" + System.lineSeparator());
    }

    @Test
    void noRuntimeApiListening() throws Exception {
        int freePort = LauncherProcess.freePort();

        LauncherProcess process = LauncherProcess.run(
                LauncherProcess.fullClassPath(),
                Map.of("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + freePort),
                List.of(),
                EchoHandler.class.getName());

        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output())
                .startsWith("[FATAL] Cannot connect to the Runtime API at 127.0.0.1:" + freePort)
                .contains("check AWS_LAMBDA_RUNTIME_API");
    }

    @Test
    void aRuntimeApiAddressWithoutPort() throws Exception {
        LauncherProcess process = LauncherProcess.run(
                LauncherProcess.fullClassPath(),
                Map.of("AWS_LAMBDA_RUNTIME_API", "localhost"),
                List.of(),
                EchoHandler.class.getName());

        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output())
                .isEqualTo("[FATAL] AWS_LAMBDA_RUNTIME_API is 'localhost'; expected host:port," + " e.g. 127.0.0.1:9001"
                        + System.lineSeparator());
    }

    private LauncherProcess launch() throws Exception {
        return LauncherProcess.run(
                LauncherProcess.fullClassPath(),
                Map.of("AWS_LAMBDA_RUNTIME_API", api.address()),
                List.of(),
                EchoHandler.class.getName());
    }
}
