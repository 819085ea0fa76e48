package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streams of 5 MB and 50 MB in 64 KiB writes arrive byte for byte, one chunk per write. */
class LargeStreamsArriveIntactTest {

    private static final int WRITE_SIZE = 64 * 1024;

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void fiveMegabytes() throws Exception {
        streamAndCompare(5 * 1024 * 1024);
    }

    @Test
    void fiftyMegabytes() throws Exception {
        streamAndCompare(50 * 1024 * 1024);
    }

    private void streamAndCompare(int total) throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            byte[] block = new byte[WRITE_SIZE];
            for (int offset = 0, n = 0; offset < total; offset += WRITE_SIZE, n++) {
                for (int i = 0; i < block.length; i++) {
                    block[i] = (byte) (n * 31 + i);
                }
                sent.update(block);
                writer.write(ByteBuffer.wrap(block));
            }
            writer.finish();
        });

        RecordedRequest response = api.takePost();
        runtime.awaitEnd();
        assertThat(response.chunks()).hasSize(total / WRITE_SIZE).allSatisfy(chunk -> assertThat(chunk)
                .hasSize(WRITE_SIZE));
        assertThat(MessageDigest.getInstance("SHA-256").digest(response.body())).isEqualTo(sent.digest());
    }
}
