package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** writeAndFinish with nothing written before: Content-Length up to 6 MB, chunked above. */
class WriteAndFinishBuffersUpToSixMegabytesTest {

    private static final int SIX_MB = 6 * 1024 * 1024;

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void aSmallResponseIsOneBufferedPost() throws Exception {
        RecordedRequest response = respondWith(filled(11));

        assertThat(response.isChunked()).isFalse();
        assertThat(response.header("Content-Length")).isEqualTo("11");
        assertThat(response.header("Lambda-Runtime-Function-Response-Mode")).isNull();
        assertThat(response.body()).isEqualTo(filled(11));
    }

    @Test
    void exactlySixMegabytesIsStillBuffered() throws Exception {
        RecordedRequest response = respondWith(filled(SIX_MB));

        assertThat(response.isChunked()).isFalse();
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(SIX_MB));
        assertThat(response.body()).isEqualTo(filled(SIX_MB));
    }

    @Test
    void oneByteMoreThanSixMegabytesIsStreamed() throws Exception {
        RecordedRequest response = respondWith(filled(SIX_MB + 1));

        assertThat(response.isChunked()).isTrue();
        assertThat(response.header("Lambda-Runtime-Function-Response-Mode")).isEqualTo("streaming");
        assertThat(response.body()).isEqualTo(filled(SIX_MB + 1));
    }

    @Test
    void afterAWriteItEndsTheStreamWithTheLastChunk() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            writer.write("head ");
            writer.writeAndFinish("tail");
        });

        RecordedRequest response = api.takePost();
        assertThat(response.isChunked()).isTrue();
        assertThat(response.bodyText()).isEqualTo("head tail");
        runtime.awaitEnd();
    }

    private RecordedRequest respondWith(byte[] body) throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime =
                RuntimeUnderTest.start(api, (event, writer, context) -> writer.writeAndFinish(ByteBuffer.wrap(body)));
        RecordedRequest response = api.takePost();
        runtime.awaitEnd();
        return response;
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        bytes[length - 1] = 'z';
        return bytes;
    }
}
