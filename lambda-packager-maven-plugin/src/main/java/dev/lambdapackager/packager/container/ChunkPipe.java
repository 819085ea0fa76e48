package dev.lambdapackager.packager.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A pipe from one writing thread to one reading thread that lets both run at once: the writer hands over whole
 * chunks through a short queue, so it fills the next chunk while the reader drains the last one. ({@link
 * java.io.PipedInputStream} takes turns instead: each side waits for the other to fill or empty its one buffer.)
 *
 * <p>Closing the output ends the input after the last chunk; closing the input makes the writer's next write fail,
 * so that a writer whose reader gave up does not wait forever.
 */
final class ChunkPipe {

    private static final byte[] END = new byte[0];
    private static final long OFFER_MILLIS = 100;

    private final BlockingQueue<byte[]> chunks;
    private final int chunkBytes;
    private volatile boolean readerClosed;

    /** A pipe of {@code depth} chunks of {@code chunkBytes} each. */
    ChunkPipe(int chunkBytes, int depth) {
        this.chunkBytes = chunkBytes;
        this.chunks = new ArrayBlockingQueue<>(depth);
    }

    /** The writing end; close it when done. */
    OutputStream output() {
        return new OutputStream() {
            private final byte[] chunk = new byte[chunkBytes];
            private int filled;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (closed) {
                    throw new IOException("pipe closed by the writer");
                }
                while (length > 0) {
                    int n = Math.min(length, chunkBytes - filled);
                    System.arraycopy(bytes, offset, chunk, filled, n);
                    filled += n;
                    offset += n;
                    length -= n;
                    if (filled == chunkBytes) {
                        hand(Arrays.copyOf(chunk, filled));
                        filled = 0;
                    }
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                if (filled > 0) {
                    hand(Arrays.copyOf(chunk, filled));
                    filled = 0;
                }
                hand(END);
            }
        };
    }

    /** The reading end. */
    InputStream input() {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int position;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (position == current.length) {
                    if (ended) {
                        return -1;
                    }
                    try {
                        current = chunks.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while reading the pipe", e);
                    }
                    position = 0;
                    ended = current == END;
                }
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, bytes, offset, n);
                position += n;
                return n;
            }

            @Override
            public void close() {
                readerClosed = true;
                chunks.clear();
            }
        };
    }

    private void hand(byte[] chunk) throws IOException {
        try {
            // Checked before each try, never after a chunk is in: a reader that took the last chunk and closed has
            // not failed the writer.
            do {
                if (readerClosed) {
                    chunks.clear();
                    throw new IOException("pipe closed by the reader");
                }
            } while (!chunks.offer(chunk, OFFER_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the pipe", e);
        }
    }
}
