package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An exception before any byte was written is reported as POST /error, and the next invocation goes on. */
class AFailureBeforeAnyByteGoesToTheErrorEndpointTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void theErrorPostCarriesTypeMessageAndStackTrace() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            if (context.getAwsRequestId().equals("request-1")) {
                throw new IllegalArgumentException("no \"name\" in the event");
            }
            writer.writeAndFinish("second is fine");
        });

        RecordedRequest error = api.takePost();
        assertThat(error.path()).isEqualTo("/2018-06-01/runtime/invocation/request-1/error");
        assertThat(error.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(error.header("Content-Type")).isEqualTo("application/json");
        assertThat(error.bodyText())
                .startsWith("{\"errorMessage\":\"no \\\"name\\\" in the event\","
                        + "\"errorType\":\"java.lang.IllegalArgumentException\",\"stackTrace\":[\"")
                .contains(AFailureBeforeAnyByteGoesToTheErrorEndpointTest.class.getName());

        RecordedRequest next = api.takePost();
        assertThat(next.path()).isEqualTo("/2018-06-01/runtime/invocation/request-2/response");
        assertThat(next.bodyText()).isEqualTo("second is fine");
        runtime.awaitEnd();
        assertThat(runtime.log()).contains("[ERROR] request-1 Invocation failed before its response began");
    }
}
