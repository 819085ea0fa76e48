package dev.lambdapackager.runtime.internal.api;

import dev.lambdapackager.runtime.LambdaLogger;
import dev.lambdapackager.runtime.internal.LambdaRuntimeException;
import dev.lambdapackager.runtime.internal.LambdaRuntimeException.Code;
import dev.lambdapackager.runtime.internal.http.HttpHeaders;
import dev.lambdapackager.runtime.internal.http.HttpInput;
import dev.lambdapackager.runtime.internal.http.HttpOutput;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Talks HTTP/1.1 to the Lambda Runtime API over one plain socket, kept alive across invocations, with
 * TCP_NODELAY so that a small chunk is not held back waiting for an acknowledgement.
 *
 * <p>Transport failures surface as {@link IOException}; a 500, which the Runtime API uses to say the
 * environment is broken, and answers this runtime cannot read surface as {@link LambdaRuntimeException}.
 * Either way the client remembers the first such failure, refuses further use, and {@link #throwIfFailed()}
 * rethrows it: a handler may catch what its writer threw, but the runtime must still stop. Other non-2xx
 * answers to a response or error are logged: the invocation is over either way.
 */
public final class RuntimeApiClient implements Closeable {

    private final String host;
    private final int port;
    private final ControlPlaneRequestEncoder encoder;
    private final LambdaLogger log;
    private Socket socket;
    private HttpInput input;
    private HttpOutput output;
    private LambdaRuntimeException failure;

    /**
     * @param address the Runtime API's {@code host:port}, as in {@code AWS_LAMBDA_RUNTIME_API}
     * @param log where warnings go
     */
    public RuntimeApiClient(String address, LambdaLogger log) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new LambdaRuntimeException(Code.CONNECTION_FAILED,
                    "AWS_LAMBDA_RUNTIME_API is '" + address + "'; expected host:port, e.g. 127.0.0.1:9001");
        }
        String hostPart = address.substring(0, colon);
        this.host = hostPart.startsWith("[") ? hostPart.substring(1, hostPart.length() - 1) : hostPart;
        try {
            this.port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new LambdaRuntimeException(Code.CONNECTION_FAILED,
                    "AWS_LAMBDA_RUNTIME_API is '" + address + "'; its port is not a number", e);
        }
        this.encoder = new ControlPlaneRequestEncoder(address);
        this.log = log;
    }

    /** @return where this client connects, {@code host:port} */
    public String address() {
        return host + ":" + port;
    }

    /**
     * Asks for the next invocation and waits for it.
     *
     * @return the invocation
     * @throws IOException when the connection fails
     * @throws LambdaRuntimeException when the answer is a 500, not a 200, or lacks required headers
     */
    public Invocation next() throws IOException {
        send(ControlPlaneRequest.Next.INSTANCE);
        output.flush();
        int status = readStatus();
        HttpHeaders headers = input.readHeaders();
        byte[] body = input.readBody(headers);
        closeIfAsked(headers);
        if (status != 200) {
            throw failOnStatus("GET /next", status, body);
        }
        try {
            return new Invocation(InvocationMetadata.fromHeaders(headers), ByteBuffer.wrap(body));
        } catch (LambdaRuntimeException e) {
            throw failed(e);
        }
    }

    /**
     * Sends a whole response with {@code Content-Length} and reads the answer.
     *
     * @param requestId the invocation's request id
     * @param body the response; its position moves to its limit
     * @throws IOException when the connection fails
     */
    public void sendBufferedResponse(String requestId, ByteBuffer body) throws IOException {
        send(ControlPlaneRequest.InvocationResponse.buffered(requestId, body.remaining()));
        output.write(body);
        output.flush();
        readAnswer("the response of ", requestId);
    }

    /**
     * Sends the head of a streamed response; it leaves with the first chunk.
     *
     * @param requestId the invocation's request id
     * @param contentType the body's media type
     * @throws IOException when the connection fails
     */
    public void startStreamedResponse(String requestId, String contentType) throws IOException {
        send(ControlPlaneRequest.InvocationResponse.streamed(requestId, contentType));
    }

    /**
     * Sends one chunk of a streamed response and flushes it.
     *
     * @param data the chunk; its position moves to its limit. Empty: only flushes.
     * @throws IOException when the connection fails
     */
    public void sendChunk(ByteBuffer data) throws IOException {
        throwIfFailed();
        output.writeChunk(data);
        output.flush();
    }

    /**
     * Ends a streamed response and reads the answer.
     *
     * @param requestId the invocation's request id, for messages
     * @param trailers error trailers, or an empty map for a response that succeeded
     * @throws IOException when the connection fails
     */
    public void endStreamedResponse(String requestId, Map<String, String> trailers) throws IOException {
        throwIfFailed();
        output.writeLastChunk(trailers);
        output.flush();
        readAnswer("the streamed response of ", requestId);
    }

    /**
     * Reports that an invocation failed before its response began.
     *
     * @param requestId the invocation's request id
     * @param report what failed
     * @throws IOException when the connection fails
     */
    public void sendInvocationError(String requestId, ErrorReport report) throws IOException {
        send(new ControlPlaneRequest.InvocationError(requestId, report));
        output.flush();
        readAnswer("the error of ", requestId);
    }

    /**
     * Reports that the function could not start.
     *
     * @param report what failed
     * @throws IOException when the connection fails
     */
    public void sendInitError(ErrorReport report) throws IOException {
        send(new ControlPlaneRequest.InitError(report));
        output.flush();
        readAnswer("the init error", "");
    }

    /**
     * @throws LambdaRuntimeException the failure that made this client unusable, if there was one
     */
    public void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            closeQuietly(socket);
            socket = null;
        }
    }

    private static void closeQuietly(Socket unused) {
        try {
            unused.close();
        } catch (IOException e) {
            // a socket we no longer use; nothing to do about it
        }
    }

    private void send(ControlPlaneRequest request) throws IOException {
        throwIfFailed();
        if (socket == null) {
            connect();
        }
        encoder.encode(request, output);
    }

    private void connect() {
        Socket connection = new Socket();
        try {
            connection.setTcpNoDelay(true);
            connection.connect(new InetSocketAddress(host, port));
            input = new HttpInput(new WatchedInput(connection.getInputStream()));
            output = new HttpOutput(new WatchedOutput(connection.getOutputStream()));
        } catch (IOException e) {
            closeQuietly(connection);
            throw failed(new LambdaRuntimeException(Code.CONNECTION_FAILED, "Cannot connect to the Runtime API at "
                    + address() + " (" + e.getMessage() + "); check AWS_LAMBDA_RUNTIME_API", e));
        }
        socket = connection;
    }

    /** Reads the answer to a POST; {@code what + requestId} names it in messages, built only when needed. */
    private void readAnswer(String what, String requestId) throws IOException {
        int status = readStatus();
        HttpHeaders headers = input.readHeaders();
        byte[] body = input.readBody(headers);
        closeIfAsked(headers);
        if (status == 500) {
            throw failOnStatus("POST of " + what + requestId, status, body);
        }
        if (status / 100 != 2) {
            log.log(LambdaLogger.Level.WARN, "The Runtime API answered " + status + " to " + what + requestId + ": "
                    + new String(body, StandardCharsets.UTF_8));
        }
    }

    private int readStatus() throws IOException {
        String statusLine = input.readLine();
        if (statusLine == null) {
            throw lost(new EOFException("the Runtime API closed the connection"));
        }
        if (statusLine.startsWith("HTTP/1.") && statusLine.length() >= 12 && statusLine.charAt(8) == ' ') {
            try {
                return Integer.parseInt(statusLine, 9, 12, 10);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw failed(new LambdaRuntimeException(Code.MALFORMED_RESPONSE,
                "The Runtime API sent '" + statusLine + "' where an HTTP/1.1 status line belongs"));
    }

    private void closeIfAsked(HttpHeaders headers) {
        if (headers.isConnectionClose()) {
            close();
        }
    }

    private LambdaRuntimeException failOnStatus(String exchange, int status, byte[] body) {
        String detail = new String(body, StandardCharsets.UTF_8);
        if (status == 500) {
            return failed(new LambdaRuntimeException(Code.RUNTIME_API_ERROR, "The Runtime API answered 500 to "
                    + exchange + " (" + detail + "); the environment is unusable, exiting"));
        }
        return failed(new LambdaRuntimeException(Code.UNEXPECTED_STATUS,
                "The Runtime API answered " + status + " to " + exchange + ": " + detail));
    }

    private LambdaRuntimeException failed(LambdaRuntimeException e) {
        if (failure == null) {
            failure = e;
        }
        close();
        return failure;
    }

    private <T extends IOException> T lost(T e) {
        failed(new LambdaRuntimeException(Code.CONNECTION_LOST,
                "Lost the connection to the Runtime API at " + address() + ": " + e.getMessage(), e));
        return e;
    }

    /** Remembers a failed or ended read as the lost connection it is. */
    private final class WatchedInput extends FilterInputStream {
        WatchedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read;
            try {
                read = in.read(bytes, offset, length);
            } catch (IOException e) {
                throw lost(e);
            }
            if (read < 0) {
                lost(new EOFException("the Runtime API closed the connection"));
            }
            return read;
        }
    }

    /** Remembers a failed write as the lost connection it is. */
    private final class WatchedOutput extends FilterOutputStream {
        WatchedOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw lost(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw lost(e);
            }
        }
    }
}
