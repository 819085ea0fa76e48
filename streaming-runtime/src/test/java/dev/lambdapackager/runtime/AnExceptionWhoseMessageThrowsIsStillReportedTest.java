package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.handlers.HostileException;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A failure whose {@code getMessage()} and {@code toString()} throw is still reported, with its class name in
 * place of the message, and the loop goes on: the error report never throws.
 */
class AnExceptionWhoseMessageThrowsIsStillReportedTest {

    private static final String TYPE = HostileException.class.getName();

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void beforeAnyByteItGoesToTheErrorEndpoint() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            if (context.getAwsRequestId().equals("request-1")) {
                throw new HostileException();
            }
            writer.writeAndFinish("second is fine");
        });

        RecordedRequest error = api.takePost();
        assertThat(error.path()).isEqualTo("/2018-06-01/runtime/invocation/request-1/error");
        assertThat(error.header("Lambda-Runtime-Function-Error-Type")).isEqualTo(TYPE);
        assertThat(error.bodyText()).startsWith("{\"errorMessage\":\"" + TYPE + "\",\"errorType\":\"" + TYPE + "\"");
        assertThat(api.takePost().bodyText()).isEqualTo("second is fine");
        runtime.awaitEnd();
    }

    @Test
    void whileStreamingItGoesIntoTheTrailers() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.write("half");
            throw new HostileException();
        });

        RecordedRequest response = api.takePost();
        assertThat(response.trailers()).containsEntry("lambda-runtime-function-error-type", TYPE);
        assertThat(new String(
                        Base64.getDecoder().decode(response.trailers().get("lambda-runtime-function-error-body")),
                        UTF_8))
                .startsWith("{\"errorMessage\":\"" + TYPE + "\"");
        runtime.awaitEnd();
    }
}
