package dev.lambdapackager.packager.invoke.runtimeapi;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Lambda Runtime API of a local sandbox, run <em>inside</em> the sandbox container by the zip's own JRE
 * (java.base only, never in the Maven JVM). It starts {@code /var/task/bootstrap} with Lambda's environment,
 * answers the runtime's requests on 127.0.0.1:9001, and talks to the plugin over the container's attached
 * streams, so that the host and the engine need no network path between them.
 *
 * <p>One self-contained class with no nested classes: it is shipped into the container as a single class file,
 * outside {@code /var/task}. It is also the one place the framing between it and the plugin is defined.
 * Every frame is an ASCII head line {@code TYPE LENGTH [FIELD...]\n}, then exactly {@code LENGTH} bytes.
 * <pre>
 * stdin (plugin → here):  INVOKE len requestId            + event          (end of input: stop)
 * stdout (here → plugin): INIT 0 initNanos                                  the runtime asked for its first event
 *                         INVOKED 0                                          the event went to the runtime
 *                         INIT_ERROR len initNanos type     + error JSON     POST /runtime/init/error
 *                         RESPONSE 0 buffered|streamed contentType          the response began
 *                         CHUNK len                         + bytes          a piece of the body, as it came
 *                         END len nanos peak oomKills [type] + error JSON    done; a type means error trailers
 *                         ERROR len nanos peak oomKills type + error JSON    POST /invocation/{id}/error
 *                         TIMEOUT 0 nanos peak oomKills init|invoke          past the deadline; the runtime is killed
 *                         EXIT 0 status nanos peak oomKills init|invoke      the runtime exited by itself
 *                         FAILED len                        + message        this program failed
 * </pre>
 * The function's own output (stdout and stderr) goes to the container's stderr. {@code peak} is the container's
 * peak memory use in bytes (cgroup v1 or v2), -1 when unknown; {@code oomKills} the cgroup's OOM-kill count.
 *
 * <p>Usage: {@code java -cp DIR dev.lambdapackager.packager.invoke.runtimeapi.SandboxRuntimeApi TIMEOUT_MILLIS
 * FUNCTION_ARN}. The function's environment is the variables named in {@code LP_FUNCTION_ENV} (comma-separated).
 */
public final class SandboxRuntimeApi {

    /** Where the runtime finds this API ({@code AWS_LAMBDA_RUNTIME_API}): the container's own loopback. */
    public static final String ADDRESS = "127.0.0.1:9001";
    /** The environment variable listing the names of the function's environment variables. */
    public static final String FUNCTION_ENV = "LP_FUNCTION_ENV";

    private static final String BOOTSTRAP = "/var/task/bootstrap";
    private static final String CURRENT = "/sys/fs/cgroup/memory.current";
    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final String ACCEPTED =
            "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n"
                    + "{\"status\":\"OK\"}\n";

    private final long timeoutMillis;
    private final String functionArn;
    private final OutputStream frames = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    private final Object lock = new Object();
    private volatile long sampledPeak = -1;

    // Everything below is guarded by 'lock'.
    private Process runtime;
    private long runtimeStart;
    private long initNanos = -1;
    private boolean initError;
    private String requestId;
    private byte[] event;
    private long invokeStart;
    private boolean delivered;
    private boolean done;
    private OutputStream nextAnswer;

    private SandboxRuntimeApi(long timeoutMillis, String functionArn) {
        this.timeoutMillis = timeoutMillis;
        this.functionArn = functionArn;
    }

    /** Serves until the plugin closes the container's stdin. */
    public static void main(String[] args) throws Exception {
        SandboxRuntimeApi api = new SandboxRuntimeApi(Long.parseLong(args[0]), args[1]);
        try {
            api.run();
        } catch (Exception | Error e) {
            api.frame("FAILED", e.toString().getBytes(StandardCharsets.UTF_8));
            throw e;
        }
        System.exit(0);
    }

    private void run() throws Exception {
        ServerSocket server = new ServerSocket(9001, 8, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> accept(server), "runtime-api");
        acceptor.setDaemon(true);
        acceptor.start();
        InputStream in = new BufferedInputStream(System.in);
        samplePeakIfNeeded();
        startRuntime(); // Lambda initialises the sandbox before the first event arrives
        for (String head = line(in); head != null; head = line(in)) {
            String[] fields = head.split(" ", -1);
            byte[] payload = in.readNBytes(Integer.parseInt(fields[1]));
            if (fields[0].equals("INVOKE")) {
                invoke(fields[2], payload);
            }
        }
        synchronized (lock) {
            if (runtime != null) {
                runtime.destroyForcibly();
            }
        }
    }

    private void invoke(String id, byte[] payload) throws Exception {
        long initDeadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        synchronized (lock) {
            if (runtime == null || !runtime.isAlive()) {
                startRuntime();
            }
            // Init: wait for the runtime's first GET /next, an init error, or its exit.
            while (initNanos < 0 && !initError && runtime.isAlive() && System.nanoTime() < initDeadline) {
                lock.wait(20);
            }
            if (initError) {
                finishRuntime(2_000);
                return;
            }
            if (initNanos < 0) {
                Process process = runtime;
                boolean alive = process.isAlive();
                finishRuntime(0);
                if (alive) {
                    frame(
                            "TIMEOUT",
                            new byte[0],
                            Long.toString(System.nanoTime() - runtimeStart),
                            peak(),
                            oomKills(),
                            "init");
                } else {
                    frame(
                            "EXIT",
                            new byte[0],
                            Integer.toString(process.exitValue()),
                            Long.toString(System.nanoTime() - runtimeStart),
                            peak(),
                            oomKills(),
                            "init");
                }
                return;
            }
            requestId = id;
            event = payload;
            delivered = false;
            done = false;
            invokeStart = System.nanoTime();
            long deadline = invokeStart + timeoutMillis * 1_000_000L;
            deliver();
            while (!done && runtime.isAlive() && System.nanoTime() < deadline) {
                lock.wait(Math.max(1, Math.min(20, (deadline - System.nanoTime()) / 1_000_000L)));
            }
            if (done) {
                return;
            }
            long elapsed = System.nanoTime() - invokeStart;
            requestId = null;
            if (runtime.isAlive()) {
                finishRuntime(0);
                frame("TIMEOUT", new byte[0], Long.toString(elapsed), peak(), oomKills(), "invoke");
            } else {
                runtime.waitFor();
                frame(
                        "EXIT",
                        new byte[0],
                        Integer.toString(runtime.exitValue()),
                        Long.toString(elapsed),
                        peak(),
                        oomKills(),
                        "invoke");
            }
            runtime = null;
        }
    }

    /** Starts bootstrap with only the function's environment; its output goes to the container's stderr. */
    private void startRuntime() throws IOException {
        synchronized (lock) {
            // sh makes the function, not this API, the OOM killer's first choice (raising one's own score needs no
            // privilege), and sends its stdout to stderr: stdout carries the frames.
            ProcessBuilder builder = new ProcessBuilder(
                    "/bin/sh", "-c", "echo 1000 > /proc/self/oom_score_adj 2>/dev/null; exec \"$0\" 1>&2", BOOTSTRAP);
            Map<String, String> environment = builder.environment();
            Map<String, String> own = new HashMap<>(environment);
            environment.clear();
            for (String name : own.getOrDefault(FUNCTION_ENV, "").split(",", -1)) {
                if (!name.isEmpty() && own.containsKey(name)) {
                    environment.put(name, own.get(name));
                }
            }
            builder.directory(new java.io.File("/var/task"));
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            initNanos = -1;
            initError = false;
            nextAnswer = null;
            runtimeStart = System.nanoTime();
            runtime = builder.start();
        }
    }

    /** Gives the runtime a moment to exit by itself, then kills it. */
    private void finishRuntime(long graceMillis) throws InterruptedException {
        if (graceMillis > 0) {
            runtime.waitFor(graceMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        runtime.destroyForcibly();
        runtime.waitFor();
        runtime = null;
    }

    /** Answers the parked GET /next with the event, when both are there. Called with 'lock' held. */
    private void deliver() throws IOException {
        if (requestId == null || delivered || nextAnswer == null) {
            return;
        }
        OutputStream out = nextAnswer;
        nextAnswer = null;
        delivered = true;
        invokeStart = System.nanoTime();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Lambda-Runtime-Aws-Request-Id: " + requestId + "\r\n"
                + "Lambda-Runtime-Deadline-Ms: " + deadline + "\r\n"
                + "Lambda-Runtime-Invoked-Function-Arn: " + functionArn + "\r\n"
                + "Lambda-Runtime-Trace-Id: Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-"
                + requestId.replace("-", "").substring(0, 24) + ";Sampled=0\r\n"
                + "Content-Length: " + event.length + "\r\n\r\n";
        frame("INVOKED", new byte[0]);
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(event);
        out.flush();
    }

    private void accept(ServerSocket server) {
        while (true) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread connection = new Thread(() -> serve(socket), "runtime-api-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Serves one keep-alive connection of the runtime until it closes. */
    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (String request = line(in); request != null; request = line(in)) {
                Map<String, String> headers = headers(in);
                String path = request.split(" ", -1)[1];
                if (request.startsWith("GET ") && path.equals(PREFIX + "invocation/next")) {
                    next(out);
                } else if (path.startsWith(PREFIX + "invocation/") && path.endsWith("/response")) {
                    response(in, headers);
                    out.write(ACCEPTED.getBytes(StandardCharsets.ISO_8859_1));
                } else if (path.startsWith(PREFIX + "invocation/") && path.endsWith("/error")) {
                    byte[] body = in.readNBytes(contentLength(headers));
                    finished("ERROR", body, headers.getOrDefault("lambda-runtime-function-error-type", "Unhandled"));
                    out.write(ACCEPTED.getBytes(StandardCharsets.ISO_8859_1));
                } else if (path.equals(PREFIX + "init/error")) {
                    byte[] body = in.readNBytes(contentLength(headers));
                    initError(body, headers.getOrDefault("lambda-runtime-function-error-type", "Runtime.Unknown"));
                    out.write(ACCEPTED.getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    in.readNBytes(contentLength(headers));
                    byte[] body = "{\"errorMessage\":\"unknown path\",\"errorType\":\"InvalidRequest\"}"
                            .getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                                    + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                }
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // The runtime closed its connection or died; its exit is reported by the invocation that waits.
        }
    }

    /** Parks GET /next until an event is there; the first one also ends init. */
    private void next(OutputStream out) throws IOException {
        synchronized (lock) {
            if (initNanos < 0) {
                initNanos = System.nanoTime() - runtimeStart;
                frame("INIT", new byte[0], Long.toString(initNanos));
            }
            nextAnswer = out;
            lock.notifyAll();
            deliver();
        }
    }

    /** Reads a response body, buffered or chunked, forwarding each piece as it arrives. */
    private void response(InputStream in, Map<String, String> headers) throws IOException {
        String contentType = headers.getOrDefault("content-type", "application/octet-stream")
                .replace("%", "%25")
                .replace(" ", "%20"); // a field holds no space
        boolean chunked = headers.getOrDefault("transfer-encoding", "")
                .toLowerCase(Locale.ROOT)
                .contains("chunked");
        frame("RESPONSE", new byte[0], chunked ? "streamed" : "buffered", contentType);
        if (!chunked) {
            byte[] body = in.readNBytes(contentLength(headers));
            if (body.length > 0) {
                frame("CHUNK", body);
            }
            finished("END", new byte[0], null);
            return;
        }
        while (true) {
            String size = line(in);
            if (size == null) {
                throw new IOException("the runtime closed the connection mid-response");
            }
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                break;
            }
            byte[] chunk = in.readNBytes(length);
            line(in);
            frame("CHUNK", chunk);
        }
        Map<String, String> trailers = headers(in);
        String errorType = trailers.get("lambda-runtime-function-error-type");
        byte[] errorBody = new byte[0];
        if (errorType != null) {
            String base64 = trailers.getOrDefault("lambda-runtime-function-error-body", "");
            try {
                errorBody = Base64.getDecoder().decode(base64.trim());
            } catch (IllegalArgumentException e) {
                errorBody = base64.getBytes(StandardCharsets.UTF_8);
            }
        }
        finished("END", errorBody, errorType);
    }

    private void finished(String type, byte[] body, String errorType) throws IOException {
        synchronized (lock) {
            long nanos = System.nanoTime() - invokeStart;
            List<String> fields = new ArrayList<>(List.of(Long.toString(nanos), peak(), oomKills()));
            if (errorType != null) {
                fields.add(errorType.replace(' ', '_'));
            }
            frame(type, body, fields.toArray(new String[0]));
            done = true;
            requestId = null;
            lock.notifyAll();
        }
    }

    private void initError(byte[] body, String errorType) throws IOException {
        synchronized (lock) {
            initNanos = System.nanoTime() - runtimeStart;
            frame("INIT_ERROR", body, Long.toString(initNanos), errorType.replace(' ', '_'));
            initError = true;
            lock.notifyAll();
        }
    }

    private void frame(String type, byte[] payload, String... fields) throws IOException {
        synchronized (frames) {
            StringBuilder head = new StringBuilder(type).append(' ').append(payload.length);
            for (String field : fields) {
                head.append(' ').append(field);
            }
            frames.write(head.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
            frames.write(payload);
            frames.flush();
        }
    }

    /** The container's peak memory use in bytes: cgroup v1's max usage, v2's peak, else the sampled peak, else -1. */
    private String peak() {
        for (String file :
                new String[] {"/sys/fs/cgroup/memory/memory.max_usage_in_bytes", "/sys/fs/cgroup/memory.peak"}) {
            long value = read(file);
            if (value >= 0) {
                return Long.toString(value);
            }
        }
        return Long.toString(Math.max(sampledPeak, read(CURRENT)));
    }

    /**
     * Samples cgroup v2's current use every 10 ms where the kernel keeps no peak (memory.peak came with Linux 5.19):
     * a short spike between samples can be missed, which the figure then understates.
     */
    private void samplePeakIfNeeded() {
        if (read("/sys/fs/cgroup/memory/memory.max_usage_in_bytes") >= 0
                || read("/sys/fs/cgroup/memory.peak") >= 0
                || read(CURRENT) < 0) {
            return;
        }
        Thread sampler = new Thread(
                () -> {
                    while (true) {
                        sampledPeak = Math.max(sampledPeak, read(CURRENT));
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long read(String file) {
        try {
            return Long.parseLong(Files.readString(Path.of(file)).trim());
        } catch (IOException | RuntimeException e) {
            return -1; // not this cgroup version
        }
    }

    /** How often the kernel's OOM killer struck in this container (cgroup v1 oom_control or v2 events). */
    private static String oomKills() {
        for (String file : new String[] {"/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events"}) {
            try {
                for (String line : Files.readAllLines(Path.of(file))) {
                    if (line.startsWith("oom_kill ")) {
                        return line.substring("oom_kill ".length()).trim();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Not this cgroup version.
            }
        }
        return "-1";
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(
                        header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static int contentLength(Map<String, String> headers) {
        return Integer.parseInt(headers.getOrDefault("content-length", "0"));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
