package dev.lambdapackager.runtime.internal.compat;

import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * An {@link OutputStream} over a {@link LambdaResponseStreamWriter}: bytes gather in a buffer; each
 * {@link #flush()} and each full buffer sends them as one chunk. {@link #close()} ends the response, and if
 * nothing was sent before, sends it whole as a buffered response.
 */
public final class ChunkingOutputStream extends OutputStream {

    static final int BUFFER_BYTES = 64 * 1024;

    private final LambdaResponseStreamWriter writer;
    private final byte[] buffer;
    private int count;
    private boolean sentChunk;
    private boolean closed;

    /**
     * @param writer the invocation's response
     * @param buffer where bytes gather until a flush; its length is the largest chunk
     */
    public ChunkingOutputStream(LambdaResponseStreamWriter writer, byte[] buffer) {
        this.writer = writer;
        this.buffer = buffer;
    }

    @Override
    public void write(int b) throws IOException {
        requireOpen();
        if (count == buffer.length) {
            sendBuffer();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        requireOpen();
        while (length > 0) {
            if (count == buffer.length) {
                sendBuffer();
            }
            int copied = Math.min(length, buffer.length - count);
            System.arraycopy(bytes, offset, buffer, count, copied);
            count += copied;
            offset += copied;
            length -= copied;
        }
    }

    @Override
    public void flush() throws IOException {
        if (!closed && count > 0) {
            sendBuffer();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        ByteBuffer rest = ByteBuffer.wrap(buffer, 0, count);
        if (sentChunk) {
            writer.write(rest);
            writer.finish();
        } else {
            writer.writeAndFinish(rest);
        }
    }

    private void sendBuffer() throws IOException {
        writer.write(ByteBuffer.wrap(buffer, 0, count));
        sentChunk = true;
        count = 0;
    }

    private void requireOpen() throws IOException {
        if (closed) {
            throw new IOException("The response stream is closed: the response has been sent");
        }
    }
}
