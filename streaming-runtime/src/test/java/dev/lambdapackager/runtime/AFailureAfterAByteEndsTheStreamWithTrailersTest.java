package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An exception after a byte was streamed ends the chunked body with the error trailers. */
class AFailureAfterAByteEndsTheStreamWithTrailersTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void theTrailersCarryTheTypeAndTheBase64ErrorJson() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.write("half a resp");
            throw new java.io.UncheckedIOException("upstream went away", new java.io.IOException("reset"));
        });

        RecordedRequest response = api.takePost();
        assertThat(response.path()).endsWith("/request-1/response");
        assertThat(response.bodyText()).isEqualTo("half a resp");
        assertThat(response.trailers())
                .containsEntry("lambda-runtime-function-error-type", "java.io.UncheckedIOException");
        String errorJson = new String(
                Base64.getDecoder().decode(response.trailers().get("lambda-runtime-function-error-body")), UTF_8);
        assertThat(errorJson)
                .startsWith("{\"errorMessage\":\"upstream went away\","
                        + "\"errorType\":\"java.io.UncheckedIOException\",\"stackTrace\":[\"");
        runtime.awaitEnd();
    }
}
