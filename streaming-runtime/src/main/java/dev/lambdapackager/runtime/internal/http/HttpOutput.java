package dev.lambdapackager.runtime.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes HTTP/1.1 messages to a stream, with chunked transfer coding and trailers. Bytes are gathered in one
 * buffer so that a chunk's size line, data and CRLF leave in a single write when they fit; nothing is sent
 * until {@link #flush()}.
 */
public final class HttpOutput {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LAST_CHUNK = {'0', '\r', '\n'};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

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
     * Adds text made of ASCII characters (start lines, header fields, framing). A character above ASCII
     * becomes {@code ?}: a cast to a byte would turn, say, U+010A into a line feed.
     *
     * @param text the text
     * @throws IOException when the connection fails
     */
    public void writeAscii(String text) throws IOException {
        // Copied char by char: no intermediate byte[] for every header line of every invocation.
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            writeByte(c < 0x80 ? c : '?');
        }
    }

    /**
     * Adds a header or trailer field value as visible ASCII, so that no peer can read a control character or
     * a line break into it: spaces between visible characters stay, every other character leaves as its UTF-8
     * bytes percent-encoded. A {@code %} stays as it is, so that a value read off the wire and passed on (the
     * local server relays error types) is not encoded twice.
     *
     * @param value the value
     * @throws IOException when the connection fails
     */
    public void writeFieldValue(String value) throws IOException {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (isPlainFieldChar(c, i, length)) {
                writeByte(c);
            } else {
                i = writeEncoded(value, i, false);
            }
        }
    }

    /**
     * Adds one path segment, percent-encoding all but RFC 3986's unreserved characters. Characters up to
     * U+00FF are taken as the bytes they were read from (a request id arrives as ISO-8859-1 text), others as
     * UTF-8.
     *
     * @param segment the segment, e.g. a request id
     * @throws IOException when the connection fails
     */
    public void writePathSegment(String segment) throws IOException {
        int length = segment.length();
        for (int i = 0; i < length; i++) {
            char c = segment.charAt(i);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                writeByte(c);
            } else {
                i = writeEncoded(segment, i, true);
            }
        }
    }

    /**
     * @param value a field value
     * @return the value as {@link #writeFieldValue(String)} writes it (the same instance when nothing changes)
     */
    public static String fieldValue(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            if (!isPlainFieldChar(value.charAt(i), i, length)) {
                StringBuilder encoded = new StringBuilder(length + 16).append(value, 0, i);
                for (int j = i; j < length; j++) {
                    char c = value.charAt(j);
                    if (isPlainFieldChar(c, j, length)) {
                        encoded.append(c);
                    } else {
                        int end = Character.isHighSurrogate(c) && j + 1 < length ? j + 2 : j + 1;
                        for (byte b : value.substring(j, end).getBytes(StandardCharsets.UTF_8)) {
                            percent(encoded, b);
                        }
                        j = end - 1;
                    }
                }
                return encoded.toString();
            }
        }
        return value;
    }

    /** Visible ASCII; a space too, except first or last, where a reader would trim it. */
    private static boolean isPlainFieldChar(char c, int index, int length) {
        return (c > ' ' && c < 0x7f) || (c == ' ' && index > 0 && index < length - 1);
    }

    /** Writes the character at {@code index} percent-encoded; @return the index of its last char (surrogates) */
    private int writeEncoded(String text, int index, boolean latin1AsByte) throws IOException {
        char c = text.charAt(index);
        if (c < 0x80 || (latin1AsByte && c <= 0xff)) {
            writePercent((byte) c);
            return index;
        }
        int end = Character.isHighSurrogate(c) && index + 1 < text.length() ? index + 2 : index + 1;
        for (byte b : text.substring(index, end).getBytes(StandardCharsets.UTF_8)) {
            writePercent(b);
        }
        return end - 1;
    }

    private void writePercent(byte b) throws IOException {
        writeByte('%');
        writeByte(HEX[(b >> 4) & 0xf]);
        writeByte(HEX[b & 0xf]);
    }

    private static void percent(StringBuilder out, byte b) {
        out.append('%').append((char) HEX[(b >> 4) & 0xf]).append((char) HEX[b & 0xf]);
    }

    private void writeByte(int b) throws IOException {
        if (count == buffer.length) {
            flushBuffer();
        }
        buffer[count++] = (byte) b;
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
            writeFieldValue(trailer.getValue());
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
