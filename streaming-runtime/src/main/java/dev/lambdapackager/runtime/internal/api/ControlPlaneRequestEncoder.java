package dev.lambdapackager.runtime.internal.api;

import dev.lambdapackager.runtime.internal.http.HttpOutput;
import java.io.IOException;

/**
 * Turns {@link ControlPlaneRequest}s into HTTP/1.1 requests. Writes the head, and the body of the error
 * requests; a response's body is written by its sender after the head. Nothing is flushed here.
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

    private final String hostLine;
    private final String nextRequest;

    /** @param host the Runtime API's {@code host:port}, for the Host header */
    public ControlPlaneRequestEncoder(String host) {
        this.hostLine = "Host: " + host + "\r\n";
        // Built once: it is the request on every invocation's path.
        this.nextRequest = "GET " + API_PREFIX + "invocation/next HTTP/1.1\r\n" + hostLine + "\r\n";
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
            out.writeAscii(nextRequest);
        } else if (request instanceof ControlPlaneRequest.InvocationResponse) {
            encodeResponseHead((ControlPlaneRequest.InvocationResponse) request, out);
        } else if (request instanceof ControlPlaneRequest.InvocationError) {
            ControlPlaneRequest.InvocationError error = (ControlPlaneRequest.InvocationError) request;
            encodeError("invocation/" + error.requestId() + "/error", error.report(), out);
        } else if (request instanceof ControlPlaneRequest.InitError) {
            encodeError("init/error", ((ControlPlaneRequest.InitError) request).report(), out);
        } else {
            throw new IllegalArgumentException("unknown request " + request.getClass().getName());
        }
    }

    private void encodeResponseHead(ControlPlaneRequest.InvocationResponse response, HttpOutput out)
            throws IOException {
        StringBuilder head = new StringBuilder(256)
                .append("POST ").append(API_PREFIX).append("invocation/").append(response.requestId())
                .append("/response HTTP/1.1\r\n").append(hostLine);
        if (response.isStreamed()) {
            head.append(RESPONSE_MODE).append(": streaming\r\n")
                    .append("Transfer-Encoding: chunked\r\n")
                    .append("Trailer: ").append(ERROR_TYPE).append(", ").append(ERROR_BODY).append("\r\n")
                    .append("Content-Type: ").append(response.contentType()).append("\r\n");
        } else {
            head.append("Content-Length: ").append(response.contentLength()).append("\r\n");
        }
        out.writeAscii(head.append("\r\n").toString());
    }

    private void encodeError(String path, ErrorReport report, HttpOutput out) throws IOException {
        byte[] body = report.json();
        out.writeAscii(new StringBuilder(256)
                .append("POST ").append(API_PREFIX).append(path).append(" HTTP/1.1\r\n").append(hostLine)
                .append(ERROR_TYPE).append(": ").append(report.errorType()).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n\r\n")
                .toString());
        out.write(body, 0, body.length);
    }
}
