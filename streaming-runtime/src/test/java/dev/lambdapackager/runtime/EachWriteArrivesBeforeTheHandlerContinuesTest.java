package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** write() flushes its chunk to the Runtime API before it returns: time to first byte is the point. */
class EachWriteArrivesBeforeTheHandlerContinuesTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void theServerHoldsChunkOneWhileTheHandlerWaitsToWriteChunkTwo() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        CountDownLatch serverSawFirstChunk = new CountDownLatch(1);
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.write("one");
            // Blocks until the test has taken chunk one from the server: a write that did not flush deadlocks here.
            if (!serverSawFirstChunk.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("chunk one never reached the server");
            }
            writer.write("two");
        });

        assertThat(new String(api.takeChunk(), UTF_8)).isEqualTo("one");
        serverSawFirstChunk.countDown();
        assertThat(new String(api.takeChunk(), UTF_8)).isEqualTo("two");

        RecordedRequest response = api.takePost();
        assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/request-1/response");
        assertThat(response.chunks())
                .extracting(chunk -> new String(chunk, UTF_8))
                .containsExactly("one", "two");
        assertThat(response.trailers()).isEmpty();
        runtime.awaitEnd();
    }

    @Test
    void aChunkWrittenBeforeASleepArrivesDuringTheSleep() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        CountDownLatch secondWriteStarted = new CountDownLatch(1);
        List<Long> secondWriteStartedWhenChunksArrived = new CopyOnWriteArrayList<>();
        api.onChunk(chunk -> secondWriteStartedWhenChunksArrived.add(1 - secondWriteStarted.getCount()));
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.write("first");
            Thread.sleep(200);
            secondWriteStarted.countDown();
            writer.write("second");
        });

        api.takePost();
        runtime.awaitEnd();
        assertThat(secondWriteStartedWhenChunksArrived)
                .as("per chunk: had the second write begun when it arrived?")
                .containsExactly(0L, 1L);
    }

    @Test
    void theStreamedHeadAnnouncesStreamingChunksAndErrorTrailers() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> writer.write("x"));

        RecordedRequest response = api.takePost();
        assertThat(response.header("Lambda-Runtime-Function-Response-Mode")).isEqualTo("streaming");
        assertThat(response.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(response.header("Trailer"))
                .isEqualTo("Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body");
        assertThat(response.header("Content-Length")).isNull();
        runtime.awaitEnd();
    }
}
