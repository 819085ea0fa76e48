package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training stand-in answers each {@code GET /next} with the next event of the current start, in the order of
 * the file names, with the headers the runtime requires; takes plain and streamed responses; logs a handler error
 * (an {@code /error} request or a streamed response's error trailers) as a warning and goes on; and closes the
 * connection at the {@code /next} after the last event, which ends the training start.
 */
class TrainingRuntimeApiServesEachEventInOrderAndDropsTheResponsesTest {

    private static final String NEXT = "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n";

    @TempDir
    Path temp;

    @Test
    void threeEventsThenTheEnd() throws Exception {
        Path events = Files.createDirectories(temp.resolve("events"));
        Files.writeString(events.resolve("2-second.json"), "{\"n\":2}");
        Files.writeString(events.resolve("1-first.json"), "{\"n\":1}");
        Files.writeString(events.resolve("3-third.json"), "{\"n\":3}");
        Files.writeString(events.resolve("notes.txt"), "not an event");
        Path startFile = Files.writeString(temp.resolve("start"), "1\n" + events + "\n");

        try (TrainingApiProcess api = TrainingApiProcess.start(temp, startFile, 10);
                TrainingApiProcess.Connection runtime = api.connect()) {
            runtime.send(NEXT);
            TrainingApiProcess.Answer first = runtime.read();
            assertThat(first.status()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(first.body()).isEqualTo("{\"n\":1}");
            assertThat(first.headers())
                    .containsKeys("lambda-runtime-deadline-ms", "lambda-runtime-invoked-function-arn");
            String id = first.headers().get("lambda-runtime-aws-request-id");
            runtime.send("POST /2018-06-01/runtime/invocation/" + id + "/response HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Length: 5\r\n\r\nfirst");
            assertThat(runtime.read().status()).isEqualTo("HTTP/1.1 202 Accepted");

            runtime.send(NEXT);
            TrainingApiProcess.Answer second = runtime.read();
            assertThat(second.body()).isEqualTo("{\"n\":2}");
            id = second.headers().get("lambda-runtime-aws-request-id");
            // A streamed response that fails after its first bytes: the error comes in the trailers.
            runtime.send("POST /2018-06-01/runtime/invocation/" + id + "/response HTTP/1.1\r\nHost: x\r\n"
                    + "Lambda-Runtime-Function-Response-Mode: streaming\r\nTransfer-Encoding: chunked\r\n"
                    + "Trailer: Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body\r\n\r\n"
                    + "3\r\nabc\r\n0\r\nLambda-Runtime-Function-Error-Type: Runtime.BrokenPipe\r\n"
                    + "Lambda-Runtime-Function-Error-Body: eyJlcnJvck1lc3NhZ2UiOiJzdHJlYW0gYnJva2UifQ==\r\n\r\n");
            assertThat(runtime.read().status()).isEqualTo("HTTP/1.1 202 Accepted");

            runtime.send(NEXT);
            TrainingApiProcess.Answer third = runtime.read();
            assertThat(third.body()).isEqualTo("{\"n\":3}");
            id = third.headers().get("lambda-runtime-aws-request-id");
            String error = "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}";
            runtime.send("POST /2018-06-01/runtime/invocation/" + id + "/error HTTP/1.1\r\nHost: x\r\n"
                    + "Lambda-Runtime-Function-Error-Type: java.lang.IllegalStateException\r\n"
                    + "Content-Length: " + error.length() + "\r\n\r\n" + error);
            assertThat(runtime.read().status()).isEqualTo("HTTP/1.1 202 Accepted");

            runtime.send(NEXT);
            assertThat(runtime.read())
                    .as("the connection closes after the last event")
                    .isNull();

            String output = api.awaitOutput("3 events served; ending the training start");
            assertThat(output)
                    .contains("training: event 1-first.json answered (5 bytes, dropped)")
                    .contains("WARNING: training event 2-second.json: the handler failed (Runtime.BrokenPipe):"
                            + " {\"errorMessage\":\"stream broke\"}")
                    .contains("WARNING: training event 3-third.json: the handler failed"
                            + " (java.lang.IllegalStateException): " + error)
                    .doesNotContain("notes.txt");
        }
    }

    @Test
    void withoutEventsTheFirstNextEndsTheStart() throws Exception {
        Path startFile = Files.writeString(temp.resolve("start"), "1\n" + temp.resolve("no-such-folder") + "\n");

        try (TrainingApiProcess api = TrainingApiProcess.start(temp, startFile, 10);
                TrainingApiProcess.Connection runtime = api.connect()) {
            runtime.send(NEXT);

            assertThat(runtime.read()).isNull();
            api.awaitOutput("training: the function is ready for its first invocation; ending the training start");
        }
    }
}
