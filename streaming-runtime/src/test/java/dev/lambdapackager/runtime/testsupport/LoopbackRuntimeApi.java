package dev.lambdapackager.runtime.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Runtime API on a loopback socket, for tests: it hands out scripted answers to {@code GET /next}, records
 * every request as it arrived (chunks one by one, trailers), and answers POSTs with 202 (or a scripted status).
 * Its HTTP parsing is written here, independently of the runtime's, so that the two check each other.
 *
 * <p>It serves each connection on its own thread, counting them (AWS's runtime interface client posts errors on
 * a second connection while its first one stays open). When the script runs out it waits a bounded time, then
 * closes the connection, which ends the runtime's loop. It answers {@code Expect: 100-continue} as Lambda's
 * Runtime API does. Register it as a JUnit extension and it listens
 * from before each test until after it:
 * <pre>{@code @RegisterExtension final LoopbackRuntimeApi api = new LoopbackRuntimeApi();}</pre>
 */
public final class LoopbackRuntimeApi implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    public static final String NEXT_PATH = "/2018-06-01/runtime/invocation/next";
    private static final long SCRIPT_WAIT_SECONDS = 30;

    private ServerSocket serverSocket;
    private final BlockingQueue<NextAnswer> script = new LinkedBlockingQueue<>();
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> arrivingChunks = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger invocationCounter = new AtomicInteger();
    private volatile int postStatus = 202;
    private volatile Consumer<byte[]> chunkListener = chunk -> {};
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private volatile boolean gone;
    private volatile boolean dropPosts;

    /**
     * Starts one outside JUnit's lifecycle (the plugin's ITs and the sample's end-to-end tests); close it when done.
     */
    public static LoopbackRuntimeApi start() throws IOException {
        LoopbackRuntimeApi api = new LoopbackRuntimeApi();
        api.listen();
        return api;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        listen();
    }

    private void listen() throws IOException {
        serverSocket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serveConnections, "loopback-runtime-api");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
    }

    /** @return {@code host:port}, the value for AWS_LAMBDA_RUNTIME_API */
    public String address() {
        return "127.0.0.1:" + serverSocket.getLocalPort();
    }

    /** Scripts an invocation with a fresh request id and the default headers. @return its request id */
    public String enqueueInvocation(String event) {
        String requestId = "request-" + invocationCounter.incrementAndGet();
        enqueueInvocation(defaultHeaders(requestId), event.getBytes(StandardCharsets.UTF_8));
        return requestId;
    }

    /** Scripts an invocation with exactly these headers. */
    public void enqueueInvocation(Map<String, String> headers, byte[] event) {
        script.add(new NextAnswer(200, headers, event, false));
    }

    /** Scripts a non-200 answer to GET /next. */
    public void enqueueStatus(int status, String body) {
        script.add(new NextAnswer(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), false));
    }

    /**
     * Scripts closing the connection when the next GET /next arrives, without answering, and every later
     * connection likewise: the Runtime API is gone. (A runtime retries once on a fresh connection when a
     * reused one fails before any byte of the answer.)
     */
    public void enqueueDrop() {
        script.add(new NextAnswer(0, Map.of(), new byte[0], true));
    }

    /**
     * Scripts answering the next GET /next with exactly these bytes, then closing the connection if asked:
     * for answers that the usual {@code Content-Length} framing does not cover.
     */
    public void enqueueRawAnswer(byte[] bytes, boolean closeAfter) {
        script.add(new NextAnswer(-1, Map.of(), bytes, closeAfter));
    }

    /** Calls the listener on the server's thread the moment each chunk has arrived, before anything else. */
    public void onChunk(Consumer<byte[]> listener) {
        chunkListener = listener;
    }

    /** Closes the connection on every later POST (responses, errors) after reading it, without answering. */
    public void dropPosts() {
        dropPosts = true;
    }

    /** Answers later POSTs (responses, errors) with this status instead of 202. */
    public void answerPostsWith(int status) {
        postStatus = status;
    }

    public static Map<String, String> defaultHeaders(String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Lambda-Runtime-Aws-Request-Id", requestId);
        headers.put("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
        headers.put("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:test");
        return headers;
    }

    /** @return the next request received, waiting up to 30 s; fails the test if none came */
    public RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = requests.poll(SCRIPT_WAIT_SECONDS, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError(
                    "the loopback Runtime API received no request within " + SCRIPT_WAIT_SECONDS + " s");
        }
        return request;
    }

    /** @return the next request that is not a GET /next */
    public RecordedRequest takePost() throws InterruptedException {
        RecordedRequest request;
        do {
            request = takeRequest();
        } while (request.method().equals("GET"));
        return request;
    }

    /** @return the next chunk of a chunked body, as soon as it has fully arrived */
    public byte[] takeChunk() throws InterruptedException {
        byte[] chunk = arrivingChunks.poll(SCRIPT_WAIT_SECONDS, TimeUnit.SECONDS);
        if (chunk == null) {
            throw new AssertionError("no chunk arrived within " + SCRIPT_WAIT_SECONDS + " s");
        }
        return chunk;
    }

    /** @return how many connections the runtime opened before the API was gone (see {@link #enqueueDrop()}) */
    public int connectionCount() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket socket : openSockets) {
            socket.close();
        }
    }

    private void serveConnections() {
        while (!serverSocket.isClosed()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                continue; // closed: the loop ends
            }
            // Once the API is gone, a runtime's one retry on a fresh connection is not counted as a connection.
            int connection = gone ? connections.get() : connections.getAndIncrement();
            openSockets.add(socket);
            Thread thread = new Thread(() -> serveConnection(socket, connection), "loopback-connection-" + connection);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void serveConnection(Socket socket, int connection) {
        try (socket) {
            socket.setTcpNoDelay(true);
            serve(new BufferedInputStream(socket.getInputStream()), socket.getOutputStream(), connection);
        } catch (IOException | InterruptedException e) {
            // the connection ended
        } finally {
            openSockets.remove(socket);
        }
    }

    private void serve(InputStream in, OutputStream out, int connection) throws IOException, InterruptedException {
        while (true) {
            String requestLine = line(in);
            if (requestLine == null) {
                return;
            }
            String[] parts = requestLine.split(" ", -1);
            Map<String, String> headers = fields(in);
            List<byte[]> chunks = null;
            byte[] body = new byte[0];
            Map<String, String> trailers = Map.of();
            if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                chunks = new ArrayList<>();
                trailers = readChunks(in, chunks);
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            }
            requests.add(new RecordedRequest(parts[0], parts[1], headers, chunks, body, trailers, connection));
            if (parts[0].equals("GET") && parts[1].equals(NEXT_PATH)) {
                NextAnswer answer = gone ? null : script.poll(SCRIPT_WAIT_SECONDS, TimeUnit.SECONDS);
                if (answer == null || (answer.drop && answer.status == 0)) {
                    gone = true;
                    return;
                }
                if (answer.status < 0) {
                    out.write(answer.body);
                    out.flush();
                    if (answer.drop) {
                        return;
                    }
                    continue;
                }
                answer(out, answer.status, answer.headers, answer.body);
            } else if (dropPosts) {
                return;
            } else {
                answer(out, postStatus, Map.of(), "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private Map<String, String> readChunks(InputStream in, List<byte[]> chunks) throws IOException {
        while (true) {
            String sizeLine = line(in);
            if (sizeLine == null) {
                throw new SocketException("stream ended inside a chunked body");
            }
            int size = Integer.parseInt(sizeLine.trim(), 16);
            if (size == 0) {
                return fields(in);
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size || in.read() != '\r' || in.read() != '\n') {
                throw new SocketException("chunk of " + size + " bytes is truncated or not followed by CRLF");
            }
            chunkListener.accept(chunk);
            chunks.add(chunk);
            arrivingChunks.add(chunk);
        }
    }

    private static Map<String, String> fields(InputStream in) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            fields.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        return fields;
    }

    /** A CRLF-terminated line (the CRLF is required), or null at end of stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
        return null;
    }

    private static void answer(OutputStream out, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Status\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        message.writeBytes(body);
        message.writeTo(out); // one write: no Nagle delay between head and body
        out.flush();
    }

    private static final class NextAnswer {
        final int status;
        final Map<String, String> headers;
        final byte[] body;
        final boolean drop;

        NextAnswer(int status, Map<String, String> headers, byte[] body, boolean drop) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.drop = drop;
        }
    }
}
