package dev.lambdapackager.runtime.internal.local;

import dev.lambdapackager.runtime.LambdaLogger;
import dev.lambdapackager.runtime.internal.RuntimeEnvironment;
import dev.lambdapackager.runtime.internal.api.ControlPlaneRequestEncoder;
import dev.lambdapackager.runtime.internal.http.HttpHeaders;
import dev.lambdapackager.runtime.internal.http.HttpInput;
import dev.lambdapackager.runtime.internal.http.HttpOutput;
import dev.lambdapackager.runtime.internal.json.JsonWriter;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
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

    private final ServerSocket serverSocket;
    private final RuntimeEnvironment environment;
    private final LambdaLogger log;
    private final BlockingQueue<LocalInvocation> waiting = new LinkedBlockingQueue<>();
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
        try (Socket socket = connection) {
            HttpInput in = new HttpInput(socket.getInputStream());
            HttpOutput out = new HttpOutput(socket.getOutputStream());
            String requestLine;
            while ((requestLine = in.readLine()) != null) {
                String[] parts = requestLine.split(" ");
                HttpHeaders headers = in.readHeaders();
                if (parts.length != 3) {
                    writeWhole(out, 400, "Bad Request", "", message("Malformed request line: " + requestLine));
                    return;
                }
                String path = parts[1].indexOf('?') < 0 ? parts[1] : parts[1].substring(0, parts[1].indexOf('?'));
                if (!route(parts[0], path, headers, in, out)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // The peer went away; the runtime's own client reports a lost connection on its side.
        } finally {
            connections.remove(connection);
        }
    }

    /** @return true to keep the connection open for another request */
    private boolean route(String method, String path, HttpHeaders headers, HttpInput in, HttpOutput out)
            throws IOException, InterruptedException {
        if (path.equals("/invoke")) {
            if (!method.equals("POST")) {
                in.readBody(headers);
                writeWhole(out, 405, "Method Not Allowed", "Allow: POST\r\n",
                        message("Use POST /invoke with the event as the body"));
                return false;
            }
            if ("100-continue".equalsIgnoreCase(headers.get("Expect"))) {
                // curl asks before sending a large event, and waits a second for this if it never comes.
                out.writeAscii("HTTP/1.1 100 Continue\r\n\r\n");
                out.flush();
            }
            invoke(in.readBody(headers), out);
            return false;
        }
        if (method.equals("GET") && path.equals(NEXT)) {
            sendNext(out);
        } else if (method.equals("POST") && path.startsWith(INVOCATION) && path.endsWith("/response")) {
            relayResponse(headers, in);
            writeWhole(out, 202, "Accepted", "", message("OK"));
        } else if (method.equals("POST") && path.startsWith(INVOCATION) && path.endsWith("/error")) {
            relayError(headers, in.readBody(headers));
            writeWhole(out, 202, "Accepted", "", message("OK"));
        } else if (method.equals("POST") && path.equals(INIT_ERROR)) {
            log.log(LambdaLogger.Level.ERROR, "Local server: init error "
                    + headers.get(ControlPlaneRequestEncoder.ERROR_TYPE) + ": "
                    + new String(in.readBody(headers), StandardCharsets.UTF_8));
            writeWhole(out, 202, "Accepted", "", message("OK"));
        } else {
            in.readBody(headers);
            writeWhole(out, 404, "Not Found", "", message("No such path: " + method + " " + path
                    + "; invoke the function with POST /invoke"));
        }
        return true;
    }

    private void invoke(byte[] event, HttpOutput caller) throws InterruptedException, IOException {
        if (!busy.compareAndSet(false, true)) {
            writeWhole(caller, 429, "Too Many Requests", "",
                    message("Another invocation is in progress; the local server runs one at a time"));
            return;
        }
        try {
            LocalInvocation invocation = new LocalInvocation(UUID.randomUUID().toString(), event, caller);
            waiting.put(invocation);
            invocation.awaitCompletion();
        } finally {
            busy.set(false);
        }
    }

    private void sendNext(HttpOutput runtime) throws IOException, InterruptedException {
        LocalInvocation invocation;
        while ((invocation = waiting.poll(1, TimeUnit.SECONDS)) == null) {
            if (serverSocket.isClosed()) {
                throw new IOException("the local server was closed");
            }
        }
        current = invocation;
        String arn = "arn:aws:lambda:us-east-1:000000000000:function:" + environment.functionName();
        writeWhole(runtime, 200, "OK", "Lambda-Runtime-Aws-Request-Id: " + invocation.requestId()
                + "\r\nLambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + TIMEOUT_MS)
                + "\r\nLambda-Runtime-Invoked-Function-Arn: " + arn + "\r\n", invocation.event());
    }

    private void relayResponse(HttpHeaders headers, HttpInput runtime) throws IOException {
        LocalInvocation invocation = current;
        if (!headers.isChunked()) {
            invocation.answer(200, "OK", "", runtime.readBody(headers));
            invocation.complete();
            return;
        }
        String contentType = headers.get("Content-Type");
        invocation.startStream(contentType == null ? "application/octet-stream" : contentType);
        HttpHeaders trailers = runtime.readChunked(invocation::relayChunk);
        String errorType = trailers.get(ControlPlaneRequestEncoder.ERROR_TYPE);
        if (errorType != null) {
            String body = trailers.get(ControlPlaneRequestEncoder.ERROR_BODY);
            log.log(LambdaLogger.Level.ERROR, "Local server: the streamed response ended with " + errorType + ": "
                    + (body == null ? "" : new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)));
        }
        invocation.endStream(trailers.asMap());
        invocation.complete();
    }

    private void relayError(HttpHeaders headers, byte[] body) {
        LocalInvocation invocation = current;
        String errorType = headers.get(ControlPlaneRequestEncoder.ERROR_TYPE);
        invocation.answer(500, "Internal Server Error",
                ControlPlaneRequestEncoder.ERROR_TYPE + ": " + errorType + "\r\n", body);
        invocation.complete();
    }

    static void writeWhole(HttpOutput out, int status, String reason, String extraHeaders, byte[] body)
            throws IOException {
        out.writeAscii("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\n"
                + extraHeaders + "Content-Length: " + body.length + "\r\n\r\n");
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
        return "Local Lambda server listening on " + url + "; invoke with:"
                + " curl --no-buffer -d '{}' " + url;
    }
}
