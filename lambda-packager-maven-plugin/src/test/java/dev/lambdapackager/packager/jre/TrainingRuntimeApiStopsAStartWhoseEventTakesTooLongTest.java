package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event whose handler does not answer within the training timeout must not hang the build: the stand-in warns,
 * naming the event and the setting, and stops the training JVM whose process id the script wrote (SIGTERM, so that a
 * real JVM still writes its class data). A process of our own stands in for that JVM.
 */
class TrainingRuntimeApiStopsAStartWhoseEventTakesTooLongTest {

    @TempDir
    Path temp;

    @Test
    void theFunctionIsStoppedAfterTheTimeout() throws Exception {
        Path events = Files.createDirectories(temp.resolve("events"));
        Files.writeString(events.resolve("slow.json"), "{}");
        Process function = new ProcessBuilder("sleep", "60").start();
        try {
            Path startFile = Files.writeString(temp.resolve("start"), "7\n" + events + "\n" + function.pid() + "\n");
            try (TrainingApiProcess api = TrainingApiProcess.start(temp, startFile, 1);
                    TrainingApiProcess.Connection runtime = api.connect()) {
                runtime.send("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n");
                assertThat(runtime.read().body()).isEqualTo("{}");

                assertThat(function.waitFor(15, TimeUnit.SECONDS))
                        .as("the function was stopped")
                        .isTrue();
                assertThat(function.exitValue()).as("by SIGTERM").isEqualTo(128 + 15);
                assertThat(api.awaitOutput("stopping this training start"))
                        .contains("WARNING: training event slow.json got no response within 1 s (trainingTimeout);"
                                + " stopping this training start");
            }
        } finally {
            function.destroyForcibly();
        }
    }
}
