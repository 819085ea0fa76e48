package dev.lambdapackager.packager.invoke.runtimeapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reassembles {@link SandboxRuntimeApi}'s frames from its stdout, which arrives in pieces of any size (the
 * engine's stream frames do not follow ours), and hands each complete frame on at once.
 */
public final class FrameDecoder {

    private static final int MAX_HEAD = 4096;

    private final Consumer<Frame> frames;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private String[] pendingHead;
    private byte[] payload;
    private int filled;

    /** @param frames receives each frame as soon as its last byte arrived */
    public FrameDecoder(Consumer<Frame> frames) {
        this.frames = frames;
    }

    /**
     * Takes the next piece of the stream.
     *
     * @throws IllegalStateException when the stream is not made of frames (the in-container program failed badly)
     */
    public void feed(byte[] data, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (pendingHead == null) {
                byte b = data[i++];
                if (b != '\n') {
                    if (head.size() >= MAX_HEAD) {
                        throw new IllegalStateException("not a frame: " + head.toString(StandardCharsets.ISO_8859_1));
                    }
                    head.write(b);
                    continue;
                }
                pendingHead = head.toString(StandardCharsets.US_ASCII).split(" ");
                head.reset();
                int size;
                try {
                    size = Integer.parseInt(pendingHead[1]);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("not a frame: " + String.join(" ", pendingHead), e);
                }
                payload = new byte[size];
                filled = 0;
            } else {
                int n = Math.min(end - i, payload.length - filled);
                System.arraycopy(data, i, payload, filled, n);
                filled += n;
                i += n;
            }
            if (pendingHead != null && filled == payload.length) {
                List<String> fields = Arrays.asList(pendingHead).subList(2, pendingHead.length);
                frames.accept(new Frame(pendingHead[0], fields, payload));
                pendingHead = null;
            }
        }
    }
}
