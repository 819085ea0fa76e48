package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runtime keeps one HTTP/1.1 connection alive across invocations, streamed or buffered. */
class OneConnectionServesManyInvocationsTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void aHundredInvocationsUseOneConnection() throws Exception {
        for (int i = 0; i < 100; i++) {
            api.enqueueInvocation("event-" + i);
        }
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            // Alternate the two kinds of response: both must leave the connection reusable.
            if (Integer.parseInt(context.getAwsRequestId().substring("request-".length())) % 2 == 0) {
                writer.writeAndFinish(event);
            } else {
                writer.write(event);
            }
        });

        for (int i = 0; i < 100; i++) {
            RecordedRequest response = api.takePost();
            assertThat(response.path()).endsWith("/request-" + (i + 1) + "/response");
            assertThat(response.bodyText()).isEqualTo("event-" + i);
            assertThat(response.connection()).isZero();
        }
        runtime.awaitEnd();
        assertThat(api.connectionCount()).isEqualTo(1);
    }
}
