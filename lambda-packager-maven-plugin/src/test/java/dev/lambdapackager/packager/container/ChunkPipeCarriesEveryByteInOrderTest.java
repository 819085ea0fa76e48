package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What one thread writes into the pipe, in writes of every size (single bytes, less than a chunk, several chunks at
 * once), another reads back byte for byte, in reads of every size, and then the end.
 */
class ChunkPipeCarriesEveryByteInOrderTest {

    @Test
    void everyByteThenTheEnd() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(data);
        ChunkPipe pipe = new ChunkPipe(64 * 1024, 2);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = pipe.output()) {
                Random sizes = new Random(7);
                int at = 0;
                while (at < data.length) {
                    if (sizes.nextInt(10) == 0) {
                        out.write(data[at++]);
                        continue;
                    }
                    int n = Math.min(data.length - at, sizes.nextInt(200 * 1024));
                    out.write(data, at, n);
                    at += n;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (InputStream in = pipe.input()) {
            Random sizes = new Random(11);
            byte[] buffer = new byte[100 * 1024];
            while (true) {
                if (sizes.nextInt(10) == 0) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    read.write(b);
                    continue;
                }
                int n = in.read(buffer, 0, 1 + sizes.nextInt(buffer.length - 1));
                if (n < 0) {
                    break;
                }
                read.write(buffer, 0, n);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        writer.join();
        assertThat(read.toByteArray()).isEqualTo(data);
    }
}
