package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A handler that returns without finish() gets its response ended by the runtime. */
class AHandlerThatReturnsIsFinishedForItTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void aStreamIsEndedWithTheLastChunkAndNoTrailers() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> writer.write("partial"));

        RecordedRequest response = api.takePost();
        assertThat(response.isChunked()).isTrue();
        assertThat(response.bodyText()).isEqualTo("partial");
        assertThat(response.trailers()).isEmpty();
        runtime.awaitEnd();
    }

    @Test
    void aHandlerThatWroteNothingSendsAnEmptyBufferedResponseAndNoStreamHead() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {});

        RecordedRequest response = api.takePost();
        assertThat(response.isChunked()).isFalse();
        assertThat(response.header("Lambda-Runtime-Function-Response-Mode")).isNull();
        assertThat(response.header("Content-Length")).isEqualTo("0");
        runtime.awaitEnd();
    }

    @Test
    void anEmptyWriteStartsTheStreamButSendsNoChunk() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.write(new byte[0]);
            writer.write("after");
        });

        RecordedRequest response = api.takePost();
        assertThat(response.isChunked()).isTrue();
        assertThat(response.chunks()).hasSize(1);
        assertThat(response.bodyText()).isEqualTo("after");
        runtime.awaitEnd();
    }
}
