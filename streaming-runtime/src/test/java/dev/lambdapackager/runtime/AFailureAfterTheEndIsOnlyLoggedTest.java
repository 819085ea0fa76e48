package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An exception after the response ended cannot reach the client: it is logged and the loop goes on. */
class AFailureAfterTheEndIsOnlyLoggedTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void theNextInvocationStillRuns() throws Exception {
        api.enqueueInvocation("first");
        api.enqueueInvocation("second");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.writeAndFinish(event);
            if (context.getAwsRequestId().equals("request-1")) {
                throw new IllegalStateException("cleanup failed");
            }
        });

        RecordedRequest first = api.takePost();
        RecordedRequest second = api.takePost();
        assertThat(first.path()).endsWith("/request-1/response");
        assertThat(first.bodyText()).isEqualTo("first");
        assertThat(second.path()).endsWith("/request-2/response");
        runtime.awaitEnd();
        assertThat(runtime.log())
                .contains(
                        "[ERROR] request-1 The handler threw after its response ended with"
                                + " writeAndFinish(); the client got the whole response. java.lang.IllegalStateException: cleanup failed");
    }
}
