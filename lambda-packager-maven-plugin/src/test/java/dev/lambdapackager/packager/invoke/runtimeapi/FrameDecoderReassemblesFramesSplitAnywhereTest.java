package dev.lambdapackager.packager.invoke.runtimeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine cuts the container's stdout wherever it likes: a frame's head, or its payload (which may hold
 * newlines and NULs), can arrive over several pieces, and one piece can hold several frames. Every way of cutting
 * gives the same frames.
 */
class FrameDecoderReassemblesFramesSplitAnywhereTest {

    private static byte[] stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("INIT 0 123\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("RESPONSE 0 streamed application/octet-stream\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("CHUNK 5\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {'a', '\n', 0, 'b', '\n'});
        out.writeBytes("END 0 9 1048576 0\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void everyCutGivesTheSameFrames() {
        byte[] all = stream();
        for (int size = 1; size <= all.length; size++) {
            List<Frame> frames = new ArrayList<>();
            FrameDecoder decoder = new FrameDecoder(frames::add);
            for (int at = 0; at < all.length; at += size) {
                decoder.feed(all, at, Math.min(size, all.length - at));
            }
            assertThat(frames)
                    .extracting(Frame::type)
                    .as("pieces of %d bytes", size)
                    .containsExactly("INIT", "RESPONSE", "CHUNK", "END");
            assertThat(frames.get(0).fields()).containsExactly("123");
            assertThat(frames.get(1).fields()).containsExactly("streamed", "application/octet-stream");
            assertThat(frames.get(2).payload()).containsExactly('a', '\n', 0, 'b', '\n');
            assertThat(frames.get(3).fields()).containsExactly("9", "1048576", "0");
        }
    }

    @Test
    void somethingThatIsNotAFrameIsAnError() {
        FrameDecoder decoder = new FrameDecoder(frame -> {});
        byte[] junk = "Error: could not find or load main class\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> decoder.feed(junk, 0, junk.length))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a frame: Error: could not find or load main class");
    }
}
