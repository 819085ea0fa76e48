package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.internal.LambdaRuntimeException;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each way the Runtime API can fail ends the loop with its own code and a message that says what happened. */
class ABrokenRuntimeApiEndsTheLoopTest {

    private static final StreamingLambdaHandler ECHO = (event, writer, context) -> writer.writeAndFinish(event);

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void a500ToNext() throws Exception {
        api.enqueueStatus(500, "{\"errorType\":\"ServiceException\"}");

        LambdaRuntimeException end = RuntimeUnderTest.start(api, ECHO).awaitEnd();

        assertThat(end.code()).isEqualTo(LambdaRuntimeException.Code.RUNTIME_API_ERROR);
        assertThat(end)
                .hasMessage("The Runtime API answered 500 to GET /next ({\"errorType\":\"ServiceException\"});"
                        + " the environment is unusable, exiting");
    }

    @Test
    void a500ToAResponse() throws Exception {
        api.enqueueInvocation("{}");
        api.answerPostsWith(500);

        LambdaRuntimeException end = RuntimeUnderTest.start(api, ECHO).awaitEnd();

        assertThat(end.code()).isEqualTo(LambdaRuntimeException.Code.RUNTIME_API_ERROR);
        assertThat(end.getMessage()).startsWith("The Runtime API answered 500 to POST of the response of request-1");
    }

    @Test
    void a4xxToAResponseIsLoggedAndTheLoopGoesOn() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueInvocation("{}");
        api.answerPostsWith(413);
        api.enqueueDrop();

        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, ECHO);
        api.takePost();
        api.takePost();
        LambdaRuntimeException end = runtime.awaitEnd();

        assertThat(end.code()).isEqualTo(LambdaRuntimeException.Code.CONNECTION_LOST);
        assertThat(runtime.log()).contains("[WARN] The Runtime API answered 413 to the response of request-1");
    }

    @Test
    void anUnexpectedStatusToNext() throws Exception {
        api.enqueueStatus(404, "gone");

        LambdaRuntimeException end = RuntimeUnderTest.start(api, ECHO).awaitEnd();

        assertThat(end.code()).isEqualTo(LambdaRuntimeException.Code.UNEXPECTED_STATUS);
        assertThat(end).hasMessage("The Runtime API answered 404 to GET /next: gone");
    }

    @Test
    void aDroppedConnection() throws Exception {
        api.enqueueDrop();

        LambdaRuntimeException end = RuntimeUnderTest.start(api, ECHO).awaitEnd();

        assertThat(end.code()).isEqualTo(LambdaRuntimeException.Code.CONNECTION_LOST);
        assertThat(end)
                .hasMessage("Lost the connection to the Runtime API at " + api.address()
                        + ": the Runtime API closed the connection");
    }

    @Test
    void aNextAnswerWithoutRequestId() throws Exception {
        Map<String, String> headers = LoopbackRuntimeApi.defaultHeaders("unused");
        headers.remove("Lambda-Runtime-Aws-Request-Id");
        api.enqueueInvocation(headers, new byte[0]);

        LambdaRuntimeException end = RuntimeUnderTest.start(api, ECHO).awaitEnd();

        assertThat(end.code()).isEqualTo(LambdaRuntimeException.Code.MISSING_HEADER);
        assertThat(end).hasMessage("The Runtime API's answer to GET /next has no Lambda-Runtime-Aws-Request-Id header");
    }

    @Test
    void aNextAnswerWithABadDeadline() throws Exception {
        Map<String, String> headers = LoopbackRuntimeApi.defaultHeaders("r1");
        headers.put("Lambda-Runtime-Deadline-Ms", "tomorrow");
        api.enqueueInvocation(headers, new byte[0]);

        LambdaRuntimeException end = RuntimeUnderTest.start(api, ECHO).awaitEnd();

        assertThat(end.code()).isEqualTo(LambdaRuntimeException.Code.INVALID_HEADER);
        assertThat(end)
                .hasMessage("The Runtime API sent Lambda-Runtime-Deadline-Ms 'tomorrow', which is not a number"
                        + " of milliseconds since the epoch");
    }
}
