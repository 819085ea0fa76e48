package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A reader that gives up (the engine refused the upload) must not leave the writer waiting for room forever: its
 * next write fails, whether it was already waiting or writes later.
 */
class ChunkPipeStopsTheWriterWhenTheReaderClosesTest {

    @Test
    void aWaitingWriterFails() throws Exception {
        ChunkPipe pipe = new ChunkPipe(1024, 1);
        InputStream in = pipe.input();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = pipe.output()) {
                out.write(new byte[1024 * 1024]); // far more than the pipe holds: it waits for room
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(in.read()).isEqualTo(0);
        in.close();
        assertThatThrownBy(() -> writer.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("pipe closed by the reader");
    }

    @Test
    void aLaterWriteFails() throws Exception {
        ChunkPipe pipe = new ChunkPipe(1024, 4);
        pipe.input().close();
        OutputStream out = pipe.output();
        assertThatThrownBy(() -> out.write(new byte[2048]))
                .isInstanceOf(IOException.class)
                .hasMessage("pipe closed by the reader");
    }
}
