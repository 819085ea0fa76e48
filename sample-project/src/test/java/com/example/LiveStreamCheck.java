package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.nio.charset.StandardCharsets;

/** One invocation of the packaged sample, watched from the loopback Runtime API's side. */
final class LiveStreamCheck {

    private LiveStreamCheck() {}

    /**
     * Waits for the runtime's {@code GET /next}, then checks that the invocation {@code requestId} streams 1..10 a
     * second apart, chunk by chunk, and ends as a complete streamed response without error trailers.
     */
    static void invocationStreamsLive(LoopbackRuntimeApi api, String requestId) throws Exception {
        RecordedRequest next = api.takeRequest();
        assertThat(next.path()).isEqualTo(LoopbackRuntimeApi.NEXT_PATH);
        NumberStream.assertLiveOneToTen(NumberStream.read(() -> new String(api.takeChunk(), StandardCharsets.UTF_8)));
        RecordedRequest response = api.takePost();
        assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/" + requestId + "/response");
        assertThat(response.header("Lambda-Runtime-Function-Response-Mode")).isEqualTo("streaming");
        assertThat(response.isChunked()).isTrue();
        assertThat(response.trailers()).doesNotContainKey("lambda-runtime-function-error-type");
        assertThat(response.bodyText()).isEqualTo("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    }
}
