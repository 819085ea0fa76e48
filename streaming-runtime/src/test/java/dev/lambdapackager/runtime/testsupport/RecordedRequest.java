package dev.lambdapackager.runtime.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One request the loopback Runtime API received, as it arrived on the wire. */
public final class RecordedRequest {

    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final List<byte[]> chunks;
    private final byte[] fixedBody;
    private final Map<String, String> trailers;
    private final int connection;

    RecordedRequest(
            String method,
            String path,
            Map<String, String> headers,
            List<byte[]> chunks,
            byte[] fixedBody,
            Map<String, String> trailers,
            int connection) {
        this.method = method;
        this.path = path;
        this.headers = headers;
        this.chunks = chunks;
        this.fixedBody = fixedBody;
        this.trailers = trailers;
        this.connection = connection;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** @return header fields, names in lower case */
    public Map<String, String> headers() {
        return headers;
    }

    /** @param name a header name, any case */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** @return true when the body came with chunked transfer coding */
    public boolean isChunked() {
        return chunks != null;
    }

    /** @return the chunks in arrival order (chunked bodies only) */
    public List<byte[]> chunks() {
        return chunks;
    }

    /** @return trailer fields after the last chunk, names in lower case */
    public Map<String, String> trailers() {
        return trailers;
    }

    /** @return which connection (0, 1, ...) the request came on */
    public int connection() {
        return connection;
    }

    public byte[] body() {
        if (chunks == null) {
            return fixedBody;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        return body.toByteArray();
    }

    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
