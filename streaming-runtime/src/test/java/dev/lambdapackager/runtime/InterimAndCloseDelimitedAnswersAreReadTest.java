package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers that RFC 9110/9112 allow a server to send, though Lambda's never does, are read: a {@code 100
 * Continue} before the final answer is skipped, and a body without {@code Content-Length} ends where the
 * server closes the connection (the runtime then connects anew).
 */
class InterimAndCloseDelimitedAnswersAreReadTest {

    private static final StreamingLambdaHandler ECHO = (event, writer, context) -> writer.writeAndFinish(event);
    private static final String INVOCATION_HEAD = "HTTP/1.1 200 OK\r\n"
            + "Lambda-Runtime-Aws-Request-Id: r1\r\n"
            + "Lambda-Runtime-Deadline-Ms: 4102444800000\r\n"
            + "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:eu-west-1:123456789012:function:test\r\n";

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void aHundredContinueIsSkipped() throws Exception {
        api.enqueueRawAnswer(
                ("HTTP/1.1 100 Continue\r\n\r\n" + INVOCATION_HEAD + "Content-Length: 9\r\n\r\n" + "{\"a\":100}")
                        .getBytes(ISO_8859_1),
                false);
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, ECHO);

        RecordedRequest response = api.takePost();
        assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/r1/response");
        assertThat(response.bodyText()).isEqualTo("{\"a\":100}");
        runtime.awaitEnd();
    }

    @Test
    void aBodyWithoutLengthEndsAtTheClose() throws Exception {
        api.enqueueRawAnswer((INVOCATION_HEAD + "\r\n{\"until\":\"close\"}").getBytes(ISO_8859_1), true);
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, ECHO);

        RecordedRequest response = api.takePost();
        assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/r1/response");
        assertThat(response.bodyText()).isEqualTo("{\"until\":\"close\"}");
        assertThat(response.connection()).isEqualTo(1);
        runtime.awaitEnd();
    }
}
