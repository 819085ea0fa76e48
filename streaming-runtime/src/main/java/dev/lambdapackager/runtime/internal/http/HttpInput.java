package dev.lambdapackager.runtime.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads HTTP/1.1 messages from a stream: start lines, header fields, and bodies framed by
 * {@code Content-Length} or chunked transfer coding (with trailers). Used on both sides: the runtime reading
 * the Runtime API's answers, and the local server reading requests.
 */
public final class HttpInput {

    /** Receives a chunked body one chunk at a time, as it arrives. */
    public interface ChunkConsumer {
        /**
         * @param data a buffer holding the chunk; reused for the next one, so copy what must outlive the call
         * @param length how many bytes of {@code data}, from index 0, belong to the chunk
         * @throws IOException when passing the chunk on fails
         */
        void accept(byte[] data, int length) throws IOException;
    }

    private static final int MAX_WHOLE_CHUNK = 1024 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private byte[] chunk = new byte[16 * 1024];

    /** @param in the connection's input; read only through this object afterwards */
    public HttpInput(InputStream in) {
        this.in = in;
    }

    /**
     * Reads one line without its CRLF (or LF).
     *
     * @return the line, or null when the stream ended before its first byte
     * @throws IOException when the stream ends inside the line, or the line does not fit the buffer
     */
    public String readLine() throws IOException {
        int end = findLineEnd();
        if (end < 0) {
            return null;
        }
        String line = latin1(position, contentEnd(end));
        position = end + 1;
        return line;
    }

    /**
     * Reads header fields up to and including the empty line that ends them. Names and values are cut
     * straight from the buffer: this runs for every message, and every intermediate string would be garbage.
     *
     * @return the fields
     * @throws IOException when the stream ends first or a field has no colon
     */
    public HttpHeaders readHeaders() throws IOException {
        HttpHeaders headers = new HttpHeaders();
        while (true) {
            int end = findLineEnd();
            if (end < 0) {
                throw new EOFException("connection closed inside the header fields");
            }
            int stop = contentEnd(end);
            if (stop == position) {
                position = end + 1;
                return headers;
            }
            int colon = position;
            while (colon < stop && buffer[colon] != ':') {
                colon++;
            }
            if (colon == stop || colon == position) {
                throw new MalformedHttpException("malformed header field: " + latin1(position, stop));
            }
            headers.add(trimmed(position, colon), trimmed(colon + 1, stop));
            position = end + 1;
        }
    }

    /**
     * Reads a whole body as its headers frame it: chunked, {@code Content-Length}, or none.
     *
     * @param headers the message's header fields
     * @return the body bytes (empty when there is no body)
     * @throws IOException when the stream ends early or the framing is malformed
     */
    public byte[] readBody(HttpHeaders headers) throws IOException {
        if (headers.isChunked()) {
            final ByteArrayOutputStream body = new ByteArrayOutputStream();
            // An inner class, not a lambda: this class is on the start path, where a lambda costs milliseconds.
            readChunked(new ChunkConsumer() {
                @Override
                public void accept(byte[] data, int length) {
                    body.write(data, 0, length);
                }
            });
            return body.toByteArray();
        }
        long length = contentLength(headers);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("body too large to hold: " + length + " bytes");
        }
        byte[] body = new byte[(int) length];
        readFully(body, 0, body.length);
        return body;
    }

    /**
     * Reads a whole body as {@link #readBody(HttpHeaders)} does, but never more than {@code maxBytes}: a longer
     * {@code Content-Length} is refused before any of the body is read, and a chunked body as soon as it grows
     * past the limit. Memory grows with what arrived, not with what the headers announce.
     *
     * @param headers the message's header fields
     * @param maxBytes the most bytes allowed
     * @return the body bytes
     * @throws BodyTooLargeException when the body is longer than {@code maxBytes}
     * @throws IOException when the stream ends early or the framing is malformed
     */
    public byte[] readBody(HttpHeaders headers, int maxBytes) throws IOException {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.isChunked()) {
            readChunked(
                    new ChunkConsumer() {
                        @Override
                        public void accept(byte[] data, int length) {
                            body.write(data, 0, length);
                        }
                    },
                    maxBytes);
            return body.toByteArray();
        }
        long length = contentLength(headers);
        if (length > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        byte[] block = new byte[(int) Math.min(length, 64 * 1024)];
        for (long remaining = length; remaining > 0; ) {
            int size = (int) Math.min(block.length, remaining);
            readFully(block, 0, size);
            body.write(block, 0, size);
            remaining -= size;
        }
        return body.toByteArray();
    }

    /**
     * Reads everything up to the end of the stream: a response body framed by the server closing the
     * connection (RFC 9112 6.3).
     *
     * @return the bytes
     * @throws IOException when the connection fails
     */
    public byte[] readUntilClosed() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(buffer, position, limit - position);
        position = limit;
        byte[] block = new byte[16 * 1024];
        for (int read = in.read(block, 0, block.length); read >= 0; read = in.read(block, 0, block.length)) {
            body.write(block, 0, read);
        }
        return body.toByteArray();
    }

    /**
     * Reads a chunked body, handing each chunk on as soon as it is complete.
     *
     * @param consumer receives each non-empty chunk (one larger than 1 MiB in 1 MiB pieces)
     * @return the trailer fields after the last chunk (often none)
     * @throws IOException when the stream ends early or a chunk size is malformed
     */
    public HttpHeaders readChunked(ChunkConsumer consumer) throws IOException {
        return readChunked(consumer, Long.MAX_VALUE);
    }

    /**
     * Reads a chunked body of at most {@code maxBytes}, handing each chunk on as soon as it is complete.
     *
     * @param consumer receives each non-empty chunk (one larger than 1 MiB in 1 MiB pieces)
     * @param maxBytes the most bytes the whole body may have
     * @return the trailer fields after the last chunk (often none)
     * @throws BodyTooLargeException when a chunk size line takes the body past {@code maxBytes}
     * @throws IOException when the stream ends early or a chunk size is malformed
     */
    public HttpHeaders readChunked(ChunkConsumer consumer, long maxBytes) throws IOException {
        long total = 0;
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new EOFException("connection closed before the last chunk");
            }
            int size = parseChunkSize(sizeLine);
            if (size == 0) {
                return readHeaders();
            }
            total += size;
            if (total > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            // A size line alone must not make this allocate gigabytes: past 1 MiB, the chunk goes on in pieces.
            if (chunk.length < Math.min(size, MAX_WHOLE_CHUNK)) {
                chunk = new byte[Math.min(size, MAX_WHOLE_CHUNK)];
            }
            for (int remaining = size; remaining > 0; ) {
                int piece = Math.min(remaining, chunk.length);
                readFully(chunk, 0, piece);
                consumer.accept(chunk, piece);
                remaining -= piece;
            }
            String end = readLine();
            if (end == null || !end.isEmpty()) {
                throw new MalformedHttpException("chunk of " + size + " bytes not followed by CRLF");
            }
        }
    }

    /**
     * Tells whether the peer has closed the stream with nothing left unread; reads (blocking as the stream
     * does, so a server sets a short socket timeout first) only when nothing is buffered.
     *
     * @return true at the end of the stream
     * @throws IOException when reading fails, or times out
     */
    public boolean atEnd() throws IOException {
        if (position < limit) {
            return false;
        }
        position = 0;
        limit = 0;
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            return true;
        }
        limit = read;
        return false;
    }

    /**
     * Reads exactly {@code length} bytes.
     *
     * @param target where to put them
     * @param offset first index in {@code target}
     * @param length how many bytes
     * @throws IOException when the stream ends first
     */
    public void readFully(byte[] target, int offset, int length) throws IOException {
        int done = 0;
        int buffered = Math.min(length, limit - position);
        if (buffered > 0) {
            System.arraycopy(buffer, position, target, offset, buffered);
            position += buffered;
            done = buffered;
        }
        while (done < length) {
            int read = in.read(target, offset + done, length - done);
            if (read < 0) {
                throw new EOFException("connection closed after " + done + " of " + length + " body bytes");
            }
            done += read;
        }
    }

    /**
     * @param headers a message's header fields
     * @return its {@code Content-Length}, or 0 when absent
     * @throws IOException when the value is not a non-negative number
     */
    public static long contentLength(HttpHeaders headers) throws IOException {
        String value = headers.get("Content-Length");
        if (value == null) {
            return 0;
        }
        try {
            long length = Long.parseLong(value);
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below with the bad value
        }
        throw new MalformedHttpException("bad Content-Length: " + value);
    }

    private static int parseChunkSize(String line) throws IOException {
        int end = line.indexOf(';'); // chunk extensions are allowed and ignored
        String hex = (end < 0 ? line : line.substring(0, end)).trim();
        try {
            int size = Integer.parseInt(hex, 16);
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below with the bad value
        }
        throw new MalformedHttpException("bad chunk size line: " + line);
    }

    /**
     * Makes sure a whole line is in the buffer, moving the unread bytes to its start and reading more as needed.
     *
     * @return the index of the line's LF, or -1 when the stream ended before the line's first byte
     */
    private int findLineEnd() throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            scanned = limit;
            if (limit == buffer.length) {
                throw new MalformedHttpException("HTTP line longer than " + buffer.length + " bytes");
            }
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                if (limit == 0) {
                    return -1;
                }
                throw new EOFException("connection closed inside a line");
            }
            limit += read;
        }
    }

    /** @return the index where the line ending at the LF at {@code lineFeed} ends without its CR */
    private int contentEnd(int lineFeed) {
        return lineFeed > position && buffer[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
    }

    private String trimmed(int from, int to) {
        while (from < to && (buffer[from] == ' ' || buffer[from] == '\t')) {
            from++;
        }
        while (to > from && (buffer[to - 1] == ' ' || buffer[to - 1] == '\t')) {
            to--;
        }
        return latin1(from, to);
    }

    private String latin1(int from, int to) {
        return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
