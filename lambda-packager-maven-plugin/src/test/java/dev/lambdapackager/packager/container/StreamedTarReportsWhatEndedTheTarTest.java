package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The upload and the tar's writer run at once, so either can fail first. Whatever ended the tar is what gets
 * reported: a writer that failed (a jar it could not read) is the cause whether the engine then took the short tar or
 * refused it; an engine that read only up to the tar's end marker is a success, not a broken pipe.
 */
class StreamedTarReportsWhatEndedTheTarTest {

    private static final byte[] PART = new byte[100_000];

    @Test
    void theWritersFailureWhenTheEngineTookTheShortTar() throws Exception {
        try (StreamedTar tar = StreamedTar.start("test-writer", out -> {
            out.write(PART);
            throw new IOException("cannot read lib/app.jar");
        })) {
            assertThat(tar.input().readAllBytes()).hasSize(PART.length); // the engine takes what came
            assertThatThrownBy(tar::finish).isInstanceOf(IOException.class).hasMessage("cannot read lib/app.jar");
        }
    }

    @Test
    void theWritersFailureWhenTheEngineRefusedTheShortTar() throws Exception {
        for (int round = 0; round < 200; round++) {
            try (StreamedTar tar = StreamedTar.start("test-writer", out -> {
                try (out) { // as a tar stream in try-with-resources closes it before the failure is out
                    out.write(PART);
                    throw new IOException("cannot read lib/app.jar");
                }
            })) {
                tar.input().readAllBytes(); // the engine read to the end, then refused: "unexpected EOF"
                assertThat(tar.failedFirst())
                        .get()
                        .extracting(Throwable::getMessage)
                        .isEqualTo("cannot read lib/app.jar");
            }
        }
    }

    @Test
    void noWritersFailureWhenTheEngineFailedFirst() throws Exception {
        try (StreamedTar tar = StreamedTar.start("test-writer", out -> {
            for (int i = 0; i < 100; i++) {
                out.write(PART); // far more than the pipe holds: the writer waits for the engine
            }
        })) {
            InputStream in = tar.input();
            in.readNBytes(PART.length); // then the engine gives up
            assertThat(tar.failedFirst()).isEmpty();
        } // closing stops the waiting writer
    }

    @Test
    void anEngineThatStopsAtTheEndMarkerIsASuccess() throws Exception {
        try (StreamedTar tar = StreamedTar.start("test-writer", out -> {
            out.write(PART);
            out.write(new byte[2 * 1024 * 1024]); // the padding after the end marker, which the engine never reads
        })) {
            tar.input().readNBytes(PART.length);
            tar.finish();
        }
    }
}
