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
    /** The current connection has carried an answer, so the server may have closed it since. */
    private boolean connectionUsed;
    /** The request in flight may be sent again if the connection fails before its answer begins. */
    private boolean replayable;
    /** A byte of the current answer has arrived: from here on, a failure is final. */
    private boolean answerBegun;
    /** The current body ends where the server closes the connection; that end is no failure. */
    private boolean readingToClose;

    /**
     * @param address the Runtime API's {@code host:port}, as in {@code AWS_LAMBDA_RUNTIME_API}
     * @param log where warnings go
     */
    public RuntimeApiClient(String address, LambdaLogger log) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new LambdaRuntimeException(
                    Code.CONNECTION_FAILED,
                    "AWS_LAMBDA_RUNTIME_API is '" + address + "'; expected host:port, e.g. 127.0.0.1:9001");
        }
        String hostPart = address.substring(0, colon);
        this.host = hostPart.startsWith("[") ? hostPart.substring(1, hostPart.length() - 1) : hostPart;
        try {
            this.port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new LambdaRuntimeException(
                    Code.CONNECTION_FAILED, "AWS_LAMBDA_RUNTIME_API is '" + address + "'; its port is not a number", e);
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
        for (boolean retried = false; ; retried = true) {
            try {
                send(ControlPlaneRequest.Next.INSTANCE, !retried);
                output.flush();
                int status = readStatus();
                HttpHeaders headers = input.readHeaders();
                byte[] body = readBody(status, headers);
                closeIfAsked(headers);
                if (status != 200) {
                    throw failOnStatus("GET /next", status, body);
                }
                try {
                    return new Invocation(InvocationMetadata.fromHeaders(headers), ByteBuffer.wrap(body));
                } catch (LambdaRuntimeException e) {
                    throw failed(e);
                }
            } catch (IOException e) {
                retryOrThrow(e, "GET /next", "");
            }
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
        int start = body.position();
        for (boolean retried = false; ; retried = true) {
            try {
                body.position(start);
                send(ControlPlaneRequest.InvocationResponse.buffered(requestId, body.remaining()), !retried);
                output.write(body);
                output.flush();
                readAnswer("the response of ", requestId);
                return;
            } catch (IOException e) {
                retryOrThrow(e, "the response of ", requestId);
            }
        }
    }

    /**
     * Sends the head of a streamed response; it leaves with the first chunk. A stream is never sent twice: once
     * its chunks have left, the handler has gone on.
     *
     * @param requestId the invocation's request id
     * @param contentType the body's media type
     * @throws IOException when the connection fails
     */
    public void startStreamedResponse(String requestId, String contentType) throws IOException {
        send(ControlPlaneRequest.InvocationResponse.streamed(requestId, contentType), false);
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
        for (boolean retried = false; ; retried = true) {
            try {
                send(new ControlPlaneRequest.InvocationError(requestId, report), !retried);
                output.flush();
                readAnswer("the error of ", requestId);
                return;
            } catch (IOException e) {
                retryOrThrow(e, "the error of ", requestId);
            }
        }
    }

    /**
     * Reports that the function could not start.
     *
     * @param report what failed
     * @throws IOException when the connection fails
     */
    public void sendInitError(ErrorReport report) throws IOException {
        send(new ControlPlaneRequest.InitError(report), false); // on a fresh connection: nothing to retry
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

    /**
     * Starts a request, connecting first if needed.
     *
     * @param repeatable true when the request may be sent again should the kept-alive connection turn out to
     *        be closed: it has not been sent yet, and nothing of it reaches the handler's code before its answer
     */
    private void send(ControlPlaneRequest request, boolean repeatable) throws IOException {
        throwIfFailed();
        if (socket == null) {
            connect();
        }
        // Only a connection that carried an answer before can have been closed while idle; on a fresh one a
        // failure is the server's real answer.
        replayable = repeatable && connectionUsed;
        answerBegun = false;
        encoder.encode(request, output);
    }

    /**
     * After a failed exchange: returns when it may be sent again (a reused connection the server had closed,
     * no byte of the answer read), else rethrows. {@code what + requestId} names the request in the log line.
     */
    private void retryOrThrow(IOException e, String what, String requestId) throws IOException {
        if (!replayable || answerBegun) {
            throw e;
        }
        replayable = false;
        close();
        log.log(
                LambdaLogger.Level.WARN,
                "The Runtime API closed the kept-alive connection before answering " + what + requestId + " ("
                        + e.getMessage() + "); sending it again on a new connection");
    }

    private void connect() {
        Socket connection = new Socket();
        try {
            connection.setTcpNoDelay(true);
            connection.connect(new InetSocketAddress(host, port));
            input = new HttpInput(new WatchedInput(connection.getInputStream()));
            output = new HttpOutput(new WatchedOutput(connection.getOutputStream()));
            connectionUsed = false;
        } catch (IOException e) {
            closeQuietly(connection);
            throw failed(new LambdaRuntimeException(
                    Code.CONNECTION_FAILED,
                    "Cannot connect to the Runtime API at " + address() + " (" + e.getMessage()
                            + "); check AWS_LAMBDA_RUNTIME_API",
                    e));
        }
        socket = connection;
    }

    /** Reads the answer to a POST; {@code what + requestId} names it in messages, built only when needed. */
    private void readAnswer(String what, String requestId) throws IOException {
        int status = readStatus();
        HttpHeaders headers = input.readHeaders();
        byte[] body = readBody(status, headers);
        closeIfAsked(headers);
        if (status == 500) {
            throw failOnStatus("POST of " + what + requestId, status, body);
        }
        if (status / 100 != 2) {
            log.log(
                    LambdaLogger.Level.WARN,
                    "The Runtime API answered " + status + " to " + what + requestId + ": "
                            + new String(body, StandardCharsets.UTF_8));
        }
    }

    /** @return the final answer's status; interim answers ({@code 100 Continue} and the like) are skipped */
    private int readStatus() throws IOException {
        while (true) {
            String statusLine = input.readLine();
            if (statusLine == null) {
                throw lost(new EOFException("the Runtime API closed the connection"));
            }
            int status = -1;
            if (statusLine.startsWith("HTTP/1.") && statusLine.length() >= 12 && statusLine.charAt(8) == ' ') {
                try {
                    status = Integer.parseInt(statusLine, 9, 12, 10);
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            if (status < 100) {
                throw failed(new LambdaRuntimeException(
                        Code.MALFORMED_RESPONSE,
                        "The Runtime API sent '" + statusLine + "' where an HTTP/1.1 status line belongs"));
            }
            connectionUsed = true;
            if (status >= 200 || status == 101) {
                return status;
            }
            input.readHeaders(); // RFC 9110 15.2: an interim answer has no body; the final one follows
        }
    }

    /**
     * Reads an answer's body: as its headers frame it, or, with neither {@code Content-Length} nor chunked
     * coding, up to the server's close (RFC 9112 6.3), after which this connection is done.
     */
    private byte[] readBody(int status, HttpHeaders headers) throws IOException {
        if (headers.isChunked() || headers.get("Content-Length") != null || status == 204 || status == 304) {
            return input.readBody(headers);
        }
        readingToClose = true;
        byte[] body;
        try {
            body = input.readUntilClosed();
        } finally {
            readingToClose = false;
        }
        close();
        return body;
    }

    private void closeIfAsked(HttpHeaders headers) {
        if (headers.isConnectionClose()) {
            close();
        }
    }

    private LambdaRuntimeException failOnStatus(String exchange, int status, byte[] body) {
        String detail = new String(body, StandardCharsets.UTF_8);
        if (status == 500) {
            return failed(new LambdaRuntimeException(
                    Code.RUNTIME_API_ERROR,
                    "The Runtime API answered 500 to " + exchange + " (" + detail
                            + "); the environment is unusable, exiting"));
        }
        return failed(new LambdaRuntimeException(
                Code.UNEXPECTED_STATUS, "The Runtime API answered " + status + " to " + exchange + ": " + detail));
    }

    private LambdaRuntimeException failed(LambdaRuntimeException e) {
        if (failure == null) {
            failure = e;
        }
        close();
        return failure;
    }

    private <T extends IOException> T lost(T e) {
        if (replayable && !answerBegun) { // maybe only an idle connection the server closed: retryOrThrow decides
            close();
            return e;
        }
        failed(new LambdaRuntimeException(
                Code.CONNECTION_LOST,
                "Lost the connection to the Runtime API at " + address() + ": " + e.getMessage(),
                e));
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
            if (read > 0) {
                answerBegun = true;
            } else if (read < 0 && !readingToClose) {
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
