package dev.lambdapackager.runtime.internal.local;

import dev.lambdapackager.runtime.LambdaLogger;
import dev.lambdapackager.runtime.internal.RuntimeEnvironment;
import dev.lambdapackager.runtime.internal.api.ControlPlaneRequestEncoder;
import dev.lambdapackager.runtime.internal.http.BodyTooLargeException;
import dev.lambdapackager.runtime.internal.http.HttpHeaders;
import dev.lambdapackager.runtime.internal.http.HttpInput;
import dev.lambdapackager.runtime.internal.http.HttpOutput;
import dev.lambdapackager.runtime.internal.http.MalformedHttpException;
import dev.lambdapackager.runtime.internal.json.JsonWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Runtime API for working on a laptop: it plays Lambda's side for the runtime in the same process, and
 * adds {@code POST /invoke}, whose body is the event and whose answer is the handler's response, relayed chunk
 * by chunk as the handler writes it. One invocation at a time; java.base sockets only.
 */
public final class LocalServer implements Closeable {

    private static final String NEXT = ControlPlaneRequestEncoder.API_PREFIX + "invocation/next";
    private static final String INVOCATION = ControlPlaneRequestEncoder.API_PREFIX + "invocation/";
    private static final String INIT_ERROR = ControlPlaneRequestEncoder.API_PREFIX + "init/error";
    private static final long TIMEOUT_MS = 15 * 60 * 1000;
    /** Lambda's limit for a synchronous invocation's request (and buffered response): 6 MB. */
    static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

    private final ServerSocket serverSocket;
    private final RuntimeEnvironment environment;
    private final LambdaLogger log;
    private final BlockingDeque<LocalInvocation> waiting = new LinkedBlockingDeque<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile LocalInvocation current;

    private LocalServer(ServerSocket serverSocket, RuntimeEnvironment environment, LambdaLogger log) {
        this.serverSocket = serverSocket;
        this.environment = environment;
        this.log = log;
    }

    /**
     * Binds and starts serving on daemon threads.
     *
     * @param host the address to bind, e.g. 127.0.0.1
     * @param port the port, or 0 for any free one
     * @param environment the function's configuration (its name goes into the ARN)
     * @param log where the server reports
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    public static LocalServer start(String host, int port, RuntimeEnvironment environment, LambdaLogger log)
            throws IOException {
        ServerSocket socket = new ServerSocket(port, 16, InetAddress.getByName(host));
        LocalServer server = new LocalServer(socket, environment, log);
        Thread acceptor = new Thread(server::acceptConnections, "local-lambda-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    /** @return {@code host:port} where the server listens, for the runtime's client */
    public String address() {
        return serverSocket.getInetAddress().getHostAddress() + ":" + serverSocket.getLocalPort();
    }

    /** Stops listening and closes every open connection, the runtime's included. */
    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }

    private void acceptConnections() {
        while (!serverSocket.isClosed()) {
            try {
                Socket connection = serverSocket.accept();
                connection.setTcpNoDelay(true);
                Thread worker = new Thread(() -> serve(connection), "local-lambda-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    log.log(LambdaLogger.Level.WARN, "Local server: accepting a connection failed: " + e);
                }
            }
        }
    }

    private void serve(Socket connection) {
        connections.add(connection);
        Exchange exchange = new Exchange(connection);
        try (Socket socket = connection) {
            exchange.in = new HttpInput(socket.getInputStream());
            exchange.out = new HttpOutput(socket.getOutputStream());
            try {
                serveRequests(exchange);
            } catch (BodyTooLargeException e) {
                refuse(
                        exchange,
                        413,
                        "Payload Too Large",
                        "The request body is larger than Lambda's limit of " + MAX_BODY_BYTES + " bytes");
            } catch (MalformedHttpException e) {
                refuse(exchange, 400, "Bad Request", "Malformed HTTP request: " + e.getMessage());
            }
        } catch (IOException | InterruptedException e) {
            // The peer went away; the runtime's own client reports a lost connection on its side.
        } finally {
            connections.remove(connection);
            LocalInvocation taken = exchange.taken;
            if (taken != null) { // the runtime side took an invocation and can no longer answer it
                taken.abandon(
                        502,
                        "Bad Gateway",
                        message("The connection that took invocation " + taken.requestId()
                                + " closed before answering it"));
            }
        }
    }

    private void serveRequests(Exchange exchange) throws IOException, InterruptedException {
        String requestLine;
        while ((requestLine = exchange.in.readLine()) != null) {
            String[] parts = requestLine.split(" ", -1);
            HttpHeaders headers = exchange.in.readHeaders();
            if (parts.length != 3) {
                throw new MalformedHttpException("malformed request line: " + requestLine);
            }
            String path = parts[1].indexOf('?') < 0 ? parts[1] : parts[1].substring(0, parts[1].indexOf('?'));
            if (!route(parts[0], path, headers, exchange)) {
                return;
            }
        }
    }

    /**
     * Answers a request that cannot be served, if the connection still takes it, and ends the connection:
     * reading on briefly, so that a client still sending its body gets the answer rather than a reset.
     */
    private static void refuse(Exchange exchange, int status, String reason, String text) {
        try {
            writeWhole(exchange.out, status, reason, "Connection: close\r\n", message(text));
            exchange.socket.shutdownOutput();
            exchange.socket.setSoTimeout(2000);
            InputStream rest = exchange.socket.getInputStream();
            byte[] discard = new byte[64 * 1024];
            for (long drained = 0; drained < 4L * MAX_BODY_BYTES; ) {
                int read = rest.read(discard);
                if (read < 0) {
                    break;
                }
                drained += read;
            }
        } catch (IOException e) {
            // the client is gone too, or took too long: the connection ends either way
        }
    }

    /** @return true to keep the connection open for another request */
    private boolean route(String method, String path, HttpHeaders headers, Exchange exchange)
            throws IOException, InterruptedException {
        HttpInput in = exchange.in;
        HttpOutput out = exchange.out;
        if (path.equals("/invoke")) {
            if (!method.equals("POST")) {
                in.readBody(headers, MAX_BODY_BYTES);
                writeWhole(
                        out,
                        405,
                        "Method Not Allowed",
                        "Allow: POST\r\nConnection: close\r\n",
                        message("Use POST /invoke with the event as the body"));
                return false;
            }
            if (HttpInput.contentLength(headers) > MAX_BODY_BYTES) {
                throw new BodyTooLargeException(MAX_BODY_BYTES); // before a 100 Continue invites the body
            }
            if ("100-continue".equalsIgnoreCase(headers.get("Expect"))) {
                // curl asks before sending a large event, and waits a second for this if it never comes.
                out.writeAscii("HTTP/1.1 100 Continue\r\n\r\n");
                out.flush();
            }
            invoke(in.readBody(headers, MAX_BODY_BYTES), out);
            return false;
        }
        if (method.equals("GET") && path.equals(NEXT)) {
            exchange.taken = sendNext(exchange);
            return exchange.taken != null;
        }
        LocalInvocation invocation = current;
        boolean response = path.endsWith("/response");
        if (method.equals("POST") && path.startsWith(INVOCATION) && (response || path.endsWith("/error"))) {
            String requestId = path.substring(INVOCATION.length(), path.lastIndexOf('/'));
            if (invocation == null
                    || invocation.isComplete()
                    || !invocation.requestId().equals(requestId)) {
                in.readBody(headers, MAX_BODY_BYTES);
                writeWhole(
                        out,
                        400,
                        "Bad Request",
                        "",
                        message("No invocation " + requestId + " is waiting for an" + " answer"));
                return true;
            }
            if (response) {
                relayResponse(invocation, headers, in);
            } else {
                relayError(invocation, headers, in.readBody(headers, MAX_BODY_BYTES));
            }
            if (exchange.taken == invocation) {
                exchange.taken = null;
            }
            writeWhole(out, 202, "Accepted", "", message("OK"));
        } else if (method.equals("POST") && path.equals(INIT_ERROR)) {
            log.log(
                    LambdaLogger.Level.ERROR,
                    "Local server: init error "
                            + headers.get(ControlPlaneRequestEncoder.ERROR_TYPE) + ": "
                            + new String(in.readBody(headers, MAX_BODY_BYTES), StandardCharsets.UTF_8));
            writeWhole(out, 202, "Accepted", "", message("OK"));
        } else {
            in.readBody(headers, MAX_BODY_BYTES);
            writeWhole(
                    out,
                    404,
                    "Not Found",
                    "",
                    message("No such path: " + method + " " + path + "; invoke the function with POST /invoke"));
        }
        return true;
    }

    private void invoke(byte[] event, HttpOutput caller) throws InterruptedException, IOException {
        if (!busy.compareAndSet(false, true)) {
            writeWhole(
                    caller,
                    429,
                    "Too Many Requests",
                    "Connection: close\r\n",
                    message("Another invocation is in progress; the local server runs one at a time"));
            return;
        }
        try {
            LocalInvocation invocation = new LocalInvocation(UUID.randomUUID().toString(), event, caller);
            waiting.put(invocation);
            if (!invocation.awaitCompletion(TIMEOUT_MS)) {
                waiting.remove(invocation);
                invocation.abandon(
                        504,
                        "Gateway Timeout",
                        message("The function did not answer within " + TIMEOUT_MS / 1000 + " s"));
            }
        } finally {
            busy.set(false);
        }
    }

    /**
     * Hands the next invocation to a {@code GET /next}, once there is one and only while its client is still
     * connected: an invocation given to a client that hung up would be lost, and the caller left waiting.
     *
     * @return the invocation handed out, or null when the client went away first
     */
    private LocalInvocation sendNext(Exchange exchange) throws IOException, InterruptedException {
        while (true) {
            LocalInvocation invocation = waiting.poll(1, TimeUnit.SECONDS);
            if (serverSocket.isClosed()) {
                throw new IOException("the local server was closed");
            }
            if (clientGone(exchange)) {
                if (invocation != null) {
                    waiting.putFirst(invocation);
                }
                return null;
            }
            if (invocation != null) {
                current = invocation;
                String arn = "arn:aws:lambda:us-east-1:000000000000:function:" + environment.functionName();
                writeWhole(
                        exchange.out,
                        200,
                        "OK",
                        "Lambda-Runtime-Aws-Request-Id: " + invocation.requestId()
                                + "\r\nLambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + TIMEOUT_MS)
                                + "\r\nLambda-Runtime-Invoked-Function-Arn: " + HttpOutput.fieldValue(arn) + "\r\n",
                        invocation.event());
                return invocation;
            }
        }
    }

    /** @return true when the client of a waiting request has closed its connection */
    private static boolean clientGone(Exchange exchange) throws IOException {
        Socket socket = exchange.socket;
        socket.setSoTimeout(1);
        try {
            return exchange.in.atEnd();
        } catch (SocketTimeoutException e) {
            return false; // nothing to read: still connected, still waiting
        } catch (IOException e) {
            return true; // reset
        } finally {
            socket.setSoTimeout(0);
        }
    }

    private void relayResponse(LocalInvocation invocation, HttpHeaders headers, HttpInput runtime) throws IOException {
        if (!headers.isChunked()) {
            invocation.answer(200, "OK", "", runtime.readBody(headers, MAX_BODY_BYTES));
            invocation.complete();
            return;
        }
        String contentType = headers.get("Content-Type");
        invocation.startStream(contentType == null ? "application/octet-stream" : HttpOutput.fieldValue(contentType));
        HttpHeaders trailers = runtime.readChunked(invocation::relayChunk);
        String errorType = trailers.get(ControlPlaneRequestEncoder.ERROR_TYPE);
        if (errorType != null) {
            String body = trailers.get(ControlPlaneRequestEncoder.ERROR_BODY);
            log.log(
                    LambdaLogger.Level.ERROR,
                    "Local server: the streamed response ended with " + errorType + ": "
                            + (body == null ? "" : decodeBase64(body)));
        }
        invocation.endStream(trailers.asMap());
        invocation.complete();
    }

    private static String decodeBase64(String text) {
        try {
            return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private void relayError(LocalInvocation invocation, HttpHeaders headers, byte[] body) {
        String errorType = headers.get(ControlPlaneRequestEncoder.ERROR_TYPE);
        invocation.answer(
                500,
                "Internal Server Error",
                errorType == null
                        ? ""
                        : ControlPlaneRequestEncoder.ERROR_TYPE + ": " + HttpOutput.fieldValue(errorType) + "\r\n",
                body);
        invocation.complete();
    }

    /** One connection's streams, and the invocation it took with GET /next and has not answered yet. */
    private static final class Exchange {
        final Socket socket;
        HttpInput in;
        HttpOutput out;
        LocalInvocation taken;

        Exchange(Socket socket) {
            this.socket = socket;
        }
    }

    static void writeWhole(HttpOutput out, int status, String reason, String extraHeaders, byte[] body)
            throws IOException {
        out.writeAscii("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\n" + extraHeaders
                + "Content-Length: " + body.length + "\r\n\r\n");
        out.write(body, 0, body.length);
        out.flush();
    }

    private static byte[] message(String text) {
        StringBuilder json = new StringBuilder("{\"message\":");
        JsonWriter.appendQuoted(json, text);
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the log line that tells a developer where the server is and how to call it */
    public String usage() {
        String url = "http://" + address() + "/invoke";
        return "Local Lambda server listening on " + url + "; invoke with:" + " curl --no-buffer -d '{}' " + url;
    }
}
