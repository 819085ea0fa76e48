package dev.lambdapackager.benchmarks.handlers;

import java.nio.charset.StandardCharsets;

/**
 * What the benchmark asks of a handler: {@code small} (a short buffered answer) or
 * {@code stream:<total bytes>:<bytes per write>}. The first write of a stream starts with the handler's
 * {@link System#nanoTime()} just before the call, so the server can measure time to first byte.
 */
public final class BenchEvent {

    /** The answer to a {@code small} event. */
    public static final byte[] SMALL_ANSWER = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);

    private final long totalBytes;
    private final int writeBytes;

    private BenchEvent(long totalBytes, int writeBytes) {
        this.totalBytes = totalBytes;
        this.writeBytes = writeBytes;
    }

    /**
     * @param event the invocation payload
     * @return what it asks for
     */
    public static BenchEvent parse(byte[] event) {
        String text = new String(event, StandardCharsets.US_ASCII);
        if (!text.startsWith("stream:")) {
            return new BenchEvent(0, 0);
        }
        String[] parts = text.split(":", -1);
        return new BenchEvent(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
    }

    /** @return true for a stream, false for a small answer */
    public boolean isStream() {
        return totalBytes > 0;
    }

    /** @return how many writes the stream takes */
    public long writes() {
        return totalBytes / writeBytes;
    }

    /** @return a block for one write */
    public byte[] newBlock() {
        return new byte[writeBytes];
    }

    /**
     * Puts the current {@link System#nanoTime()} into the block's first 8 bytes, big-endian.
     *
     * @param block the block about to be written
     */
    public static void stampNow(byte[] block) {
        long now = System.nanoTime();
        for (int i = 7; i >= 0; i--) {
            block[i] = (byte) now;
            now >>>= 8;
        }
    }
}
