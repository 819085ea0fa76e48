package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** writeStatusAndHeaders sends the HTTP integration prelude: JSON, then 8 NUL bytes, then the body. */
class StatusAndHeadersGoFirstAsAPreludeTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void thePreludeIsJsonFollowedByEightNulBytesBeforeTheBody() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.writeStatusAndHeaders(
                    201,
                    Map.of("Content-Type", "text/plain"),
                    Map.of("X-Many", List.of("a", "b")),
                    List.of("id=1; Secure"));
            writer.write("body");
        });

        RecordedRequest response = api.takePost();
        assertThat(response.header("Content-Type")).isEqualTo("application/vnd.awslambda.http-integration-response");
        byte[] first = response.chunks().get(0);
        byte[] json = Arrays.copyOfRange(first, 0, first.length - 8);
        assertThat(new String(json, UTF_8))
                .isEqualTo(
                        "{\"statusCode\":201,\"headers\":{\"Content-Type\":"
                                + "\"text/plain\"},\"multiValueHeaders\":{\"X-Many\":[\"a\",\"b\"]},\"cookies\":[\"id=1; Secure\"]}");
        assertThat(Arrays.copyOfRange(first, first.length - 8, first.length)).containsOnly(0);
        assertThat(new String(response.chunks().get(1), UTF_8)).isEqualTo("body");
        runtime.awaitEnd();
    }

    @Test
    void thePreludeIsSentAtOnceSoTheClientGetsItsStatusBeforeTheBody() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.writeStatusAndHeaders(200, Map.of());
            api.takeChunk(); // the prelude arrived while the handler has written no body yet
            writer.write("body");
        });

        RecordedRequest response = api.takePost();
        assertThat(response.chunks()).hasSize(2);
        runtime.awaitEnd();
    }
}
