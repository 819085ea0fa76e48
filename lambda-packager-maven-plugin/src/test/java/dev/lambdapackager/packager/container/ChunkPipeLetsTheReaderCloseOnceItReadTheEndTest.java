package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A reader that has read to the end and closes at once must not fail a writer that is just finishing its close
 * (the engine's upload ends that way every time; a check after handing over the end made it fail now and then).
 * Many rounds, since it is a race.
 */
class ChunkPipeLetsTheReaderCloseOnceItReadTheEndTest {

    @Test
    void theWriterNeverFails() throws Exception {
        int failures = 0;
        for (int round = 0; round < 3000; round++) {
            ChunkPipe pipe = new ChunkPipe(16, 2);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (OutputStream out = pipe.output()) {
                    out.write(new byte[40]);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            InputStream in = pipe.input();
            assertThat(in.readAllBytes()).hasSize(40);
            in.close();
            try {
                writer.join();
            } catch (RuntimeException e) {
                failures++;
            }
        }
        assertThat(failures).isZero();
    }
}
