package dev.lambdapackager.runtime.internal.api;

import dev.lambdapackager.runtime.internal.http.HttpOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns {@link ControlPlaneRequest}s into HTTP/1.1 requests. Writes the head, and the body of the error
 * requests; a response's body is written by its sender after the head. Nothing is flushed here. The pieces go
 * straight into the output buffer, without building strings: this runs twice per invocation.
 */
public final class ControlPlaneRequestEncoder {

    /** The Runtime API version prefix of every path. */
    public static final String API_PREFIX = "/2018-06-01/runtime/";
    /** Header that announces a streamed response. */
    public static final String RESPONSE_MODE = "Lambda-Runtime-Function-Response-Mode";
    /** Header (and trailer) carrying an error's type. */
    public static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    /** Trailer carrying an error's JSON, base64-encoded. */
    public static final String ERROR_BODY = "Lambda-Runtime-Function-Error-Body";

    private static final String STREAMING_HEADERS = RESPONSE_MODE + ": streaming\r\n"
            + "Transfer-Encoding: chunked\r\n"
            + "Trailer: " + ERROR_TYPE + ", " + ERROR_BODY + "\r\n";

    private final String hostLine;
    private final byte[] nextRequest;

    /** @param host the Runtime API's {@code host:port}, for the Host header */
    public ControlPlaneRequestEncoder(String host) {
        this.hostLine = "Host: " + host + "\r\n";
        this.nextRequest = ("GET " + API_PREFIX + "invocation/next HTTP/1.1\r\n" + hostLine + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the request.
     *
     * @param request what to ask
     * @param out where the bytes go
     * @throws IOException when the connection fails
     */
    public void encode(ControlPlaneRequest request, HttpOutput out) throws IOException {
        if (request instanceof ControlPlaneRequest.Next) {
            out.write(nextRequest, 0, nextRequest.length);
        } else if (request instanceof ControlPlaneRequest.InvocationResponse response) {
            encodeResponseHead(response, out);
        } else if (request instanceof ControlPlaneRequest.InvocationError error) {
            encodeError("invocation/", error.requestId(), "/error", error.report(), out);
        } else if (request instanceof ControlPlaneRequest.InitError initError) {
            encodeError("init/error", "", "", initError.report(), out);
        } else {
            throw new IllegalArgumentException(
                    "unknown request " + request.getClass().getName());
        }
    }

    private void encodeResponseHead(ControlPlaneRequest.InvocationResponse response, HttpOutput out)
            throws IOException {
        requestLine("invocation/", response.requestId(), "/response", out);
        if (response.isStreamed()) {
            out.writeAscii(STREAMING_HEADERS);
            field("Content-Type", response.contentType(), out);
        } else {
            field("Content-Length", Long.toString(response.contentLength()), out);
        }
        out.writeAscii("\r\n");
    }

    private void encodeError(String path, String requestId, String pathEnd, ErrorReport report, HttpOutput out)
            throws IOException {
        byte[] body = report.json();
        requestLine(path, requestId, pathEnd, out);
        field(ERROR_TYPE, report.errorType(), out);
        field("Content-Type", "application/json", out);
        field("Content-Length", Integer.toString(body.length), out);
        out.writeAscii("\r\n");
        out.write(body, 0, body.length);
    }

    private void requestLine(String path, String requestId, String pathEnd, HttpOutput out) throws IOException {
        out.writeAscii("POST " + API_PREFIX);
        out.writeAscii(path);
        out.writePathSegment(requestId); // "abc?x=1" must not turn into a query
        out.writeAscii(pathEnd);
        out.writeAscii(" HTTP/1.1\r\n");
        out.writeAscii(hostLine);
    }

    private static void field(String name, String value, HttpOutput out) throws IOException {
        out.writeAscii(name);
        out.writeAscii(": ");
        out.writeFieldValue(value); // an error type may hold any character a class name can
        out.writeAscii("\r\n");
    }
}
