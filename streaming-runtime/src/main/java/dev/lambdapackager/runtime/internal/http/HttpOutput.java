package dev.lambdapackager.runtime.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Writes HTTP/1.1 messages to a stream, with chunked transfer coding and trailers. Bytes are gathered in one
 * buffer so that a chunk's size line, data and CRLF leave in a single write when they fit; nothing is sent
 * until {@link #flush()}.
 */
public final class HttpOutput {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LAST_CHUNK = {'0', '\r', '\n'};

    private final OutputStream out;
    // A 64 KiB write plus its framing fits, so the common chunk size costs one system call.
    private final byte[] buffer = new byte[64 * 1024 + 64];
    private int count;

    /** @param out the connection's output; written only through this object afterwards */
    public HttpOutput(OutputStream out) {
        this.out = out;
    }

    /**
     * Adds bytes to the message.
     *
     * @param bytes the bytes
     * @param offset first index
     * @param length how many
     * @throws IOException when the connection fails
     */
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - count) {
            flushBuffer();
            if (length > buffer.length) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    /**
     * Adds the buffer's remaining bytes to the message; its position moves to its limit.
     *
     * @param data the bytes
     * @throws IOException when the connection fails
     */
    public void write(ByteBuffer data) throws IOException {
        if (data.hasArray()) {
            write(data.array(), data.arrayOffset() + data.position(), data.remaining());
            data.position(data.limit());
            return;
        }
        while (data.hasRemaining()) {
            if (count == buffer.length) {
                flushBuffer();
            }
            int length = Math.min(data.remaining(), buffer.length - count);
            data.get(buffer, count, length);
            count += length;
        }
    }

    /**
     * Adds text made of ASCII characters (start lines, header fields).
     *
     * @param text the text
     * @throws IOException when the connection fails
     */
    public void writeAscii(String text) throws IOException {
        // Copied char by char: no intermediate byte[] for every header line of every invocation.
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (count == buffer.length) {
                flushBuffer();
            }
            buffer[count++] = (byte) text.charAt(i);
        }
    }

    /**
     * Adds one chunk of a chunked body. An empty buffer adds nothing: a zero-size chunk would end the body.
     *
     * @param data the chunk's bytes
     * @throws IOException when the connection fails
     */
    public void writeChunk(ByteBuffer data) throws IOException {
        if (!data.hasRemaining()) {
            return;
        }
        writeAscii(Integer.toHexString(data.remaining()));
        write(CRLF, 0, 2);
        write(data);
        write(CRLF, 0, 2);
    }

    /**
     * Ends a chunked body.
     *
     * @param trailers trailer fields to send after the last chunk; empty for none
     * @throws IOException when the connection fails
     */
    public void writeLastChunk(Map<String, String> trailers) throws IOException {
        write(LAST_CHUNK, 0, LAST_CHUNK.length);
        for (Map.Entry<String, String> trailer : trailers.entrySet()) {
            writeAscii(trailer.getKey());
            writeAscii(": ");
            writeAscii(trailer.getValue());
            write(CRLF, 0, 2);
        }
        write(CRLF, 0, 2);
    }

    /**
     * Sends everything added so far.
     *
     * @throws IOException when the connection fails
     */
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }
}
