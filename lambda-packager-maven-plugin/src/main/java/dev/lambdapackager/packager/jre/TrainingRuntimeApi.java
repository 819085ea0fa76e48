package dev.lambdapackager.packager.jre;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A stand-in Lambda Runtime API for the training starts, run with the builder image's JDK inside the builder
 * container (never in the Maven JVM). The function starts as it would on Lambda; each {@code GET .../invocation/next}
 * is answered with the next training event of the current start, and the response is read and dropped. When the
 * events are used up (at once when there are none) the stand-in closes the connection, so the runtime exits by
 * itself, and what it loaded and ran — the way to the first invocation and the invocations themselves — is what
 * its class data is made from.
 *
 * <p>Usage: {@code java -cp DIR dev.lambdapackager.packager.jre.TrainingRuntimeApi PORT READY_FILE START_FILE
 * TIMEOUT_SECONDS}. It writes READY_FILE, holding the port, once listening on 127.0.0.1:PORT (0: any free port). The build script writes START_FILE before
 * each training start: a line with the start's id, a line with the folder of its events ({@code *.json}, served in
 * the order of their names; missing or empty: none) and, once the JVM runs, a line with its process id. A connection
 * that finds a new id in START_FILE begins that start. An invocation that has not answered within TIMEOUT_SECONDS
 * ends its start: the stand-in stops the function's JVM (SIGTERM, so that it still writes its class data). A handler
 * error is logged as a warning and the training goes on. It gives up after ten minutes without a request; the
 * script stops it when the training is over.
 *
 * <p>One class without nested or lambda classes: its single class file is what goes into the container.
 */
public final class TrainingRuntimeApi {

    /** Long enough for a JVM start under emulation on a busy machine; the script stops the stand-in when done. */
    private static final int IDLE_LIMIT_MILLIS = 600_000;

    private static final String ERROR_TYPE = "lambda-runtime-function-error-type";
    private static final String ERROR_BODY = "lambda-runtime-function-error-body";
    private static final byte[] ACCEPTED =
            "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n"
                    .getBytes(StandardCharsets.US_ASCII);

    private final Path startFile;
    private final long timeoutMillis;
    /** The id of the start being served; its events and how many of them were sent. */
    private String startId = "";

    private List<Path> events = List.of();
    private int sent;
    private boolean startOver;
    /** The invocation waiting for its response, or null. */
    private String pendingEvent;

    private String pendingRequestId;

    private TrainingRuntimeApi(Path startFile, long timeoutMillis) {
        this.startFile = startFile;
        this.timeoutMillis = timeoutMillis;
    }

    /** Serves training starts until stopped, or until idle for ten minutes. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: TrainingRuntimeApi PORT READY_FILE START_FILE TIMEOUT_SECONDS");
            System.exit(2);
        }
        TrainingRuntimeApi api = new TrainingRuntimeApi(Path.of(args[2]), Long.parseLong(args[3]) * 1000);
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 8, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(IDLE_LIMIT_MILLIS);
            Files.writeString(Path.of(args[1]), server.getLocalPort() + "\n");
            while (true) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (SocketTimeoutException e) {
                    System.out.println("training: no request from the function for ten minutes; stopping");
                    return;
                }
                try (socket) {
                    socket.setSoTimeout(IDLE_LIMIT_MILLIS);
                    api.serve(socket);
                } catch (IOException e) {
                    System.out.println("training: connection failed: " + e);
                }
            }
        }
    }

    /** Answers requests on one connection until the function or the stand-in closes it. */
    private void serve(Socket socket) throws IOException {
        beginStartIfNew();
        if (startOver) {
            return; // a start that already ended must not get further events
        }
        try {
            exchange(socket);
        } catch (SocketTimeoutException e) {
            if (pendingEvent != null) {
                System.out.println("WARNING: training event " + pendingEvent + " got no response within "
                        + timeoutMillis / 1000 + " s (trainingTimeout); stopping this training start");
                stopFunction();
            }
            startOver = true;
        }
    }

    private void exchange(Socket socket) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        while (true) {
            String requestLine = readLine(in);
            if (requestLine == null) {
                return;
            }
            String headers = readHeaders(in);
            byte[] body = readBody(in, headers);
            String trailers =
                    headerValue(headers, "transfer-encoding").equalsIgnoreCase("chunked") ? readHeaders(in) : "";
            if (requestLine.startsWith("GET ") && requestLine.contains("/invocation/next")) {
                if (sent == events.size()) {
                    System.out.println(
                            events.isEmpty()
                                    ? "training: the function is ready for its first invocation; ending the training start"
                                    : "training: " + sent + (sent == 1 ? " event" : " events")
                                            + " served; ending the training start");
                    startOver = true;
                    return;
                }
                sendEvent(out);
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMillis));
                continue;
            }
            if (requestLine.contains("/init/error")) {
                // One line the build parses (TrainingFailure): the error type, then the JSON body.
                String initErrorType = headerValue(headers, ERROR_TYPE);
                System.out.println(
                        "training: init error: type=" + (initErrorType.isEmpty() ? "-" : initErrorType) + " body="
                                + new String(body, StandardCharsets.UTF_8)
                                        .replace('\n', ' ')
                                        .replace('\r', ' '));
                startOver = true;
            } else if (pendingRequestId != null && requestLine.contains("/invocation/" + pendingRequestId + "/")) {
                String errorType = headerValue(headers, ERROR_TYPE) + headerValue(trailers, ERROR_TYPE);
                if (requestLine.contains("/error") || !errorType.isEmpty()) {
                    String detail = requestLine.contains("/error")
                            ? new String(body, StandardCharsets.UTF_8)
                            : decoded(headerValue(trailers, ERROR_BODY));
                    System.out.println("WARNING: training event " + pendingEvent + ": the handler failed"
                            + (errorType.isEmpty() ? "" : " (" + errorType + ")") + ": " + detail
                            + "; the build goes on with the classes loaded so far");
                } else {
                    System.out.println(
                            "training: event " + pendingEvent + " answered (" + body.length + " bytes, dropped)");
                }
                pendingEvent = null;
                pendingRequestId = null;
                socket.setSoTimeout(IDLE_LIMIT_MILLIS);
            } else {
                System.out.println("training: unexpected request " + requestLine);
            }
            out.write(ACCEPTED);
            out.flush();
        }
    }

    /** Reads START_FILE; a new id there means the script began the next training start. */
    private void beginStartIfNew() throws IOException {
        List<String> lines = Files.exists(startFile) ? Files.readAllLines(startFile) : List.of();
        String id = lines.isEmpty() ? "" : lines.get(0).trim();
        if (id.equals(startId)) {
            return;
        }
        startId = id;
        sent = 0;
        startOver = false;
        pendingEvent = null;
        pendingRequestId = null;
        events = lines.size() > 1 ? eventsIn(Path.of(lines.get(1).trim())) : List.of();
        if (!events.isEmpty()) {
            System.out.println(
                    "training: start " + id + " gets " + events.size() + (events.size() == 1 ? " event" : " events")
                            + " from " + lines.get(1).trim());
        }
    }

    /** The {@code *.json} files of {@code folder}, sorted by name; none when it does not exist. */
    private static List<Path> eventsIn(Path folder) {
        File[] files = folder.toFile().listFiles();
        List<Path> found = new ArrayList<>();
        if (files != null) {
            Arrays.sort(files);
            for (File file : files) {
                if (file.isFile() && file.getName().endsWith(".json")) {
                    found.add(file.toPath());
                }
            }
        }
        return found;
    }

    private void sendEvent(OutputStream out) throws IOException {
        Path event = events.get(sent);
        sent++;
        byte[] body = Files.readAllBytes(event);
        pendingEvent = event.getFileName().toString();
        pendingRequestId = "training-" + startId + "-" + sent;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String head = "HTTP/1.1 200 OK\r\n"
                + "Content-Type: application/json\r\n"
                + "Lambda-Runtime-Aws-Request-Id: " + pendingRequestId + "\r\n"
                + "Lambda-Runtime-Deadline-Ms: " + deadline + "\r\n"
                + "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:training\r\n"
                + "Lambda-Runtime-Trace-Id: Root=1-00000000-000000000000000000000000;Sampled=0\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        System.out.println("training: event " + pendingEvent + " sent");
    }

    /** Stops the training JVM whose process id the script wrote as the third line of START_FILE. */
    private void stopFunction() throws IOException {
        List<String> lines = Files.readAllLines(startFile);
        if (lines.size() < 3 || lines.get(2).isBlank()) {
            System.out.println("training: no process id for start " + startId + "; the build script's watch stops it");
            return;
        }
        Optional<ProcessHandle> jvm =
                ProcessHandle.of(Long.parseLong(lines.get(2).trim()));
        if (jvm.isPresent()) {
            jvm.get().destroy(); // SIGTERM: the JVM exits normally and writes its class data
        }
    }

    private static String decoded(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    /** The header block up to its empty line, one {@code name: value} per line. */
    private static String readHeaders(InputStream in) throws IOException {
        StringBuilder headers = new StringBuilder();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            headers.append(line).append('\n');
        }
        return headers.toString();
    }

    /** A fixed-length or chunked body (its trailers are left to be read). */
    private static byte[] readBody(InputStream in, String headers) throws IOException {
        if (headerValue(headers, "transfer-encoding").equalsIgnoreCase("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                if (sizeLine == null) {
                    return body.toByteArray();
                }
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                readLine(in); // the CRLF after the chunk
            }
        }
        String length = headerValue(headers, "content-length");
        return in.readNBytes(length.isEmpty() ? 0 : Integer.parseInt(length));
    }

    /** The value of header {@code name} (lower case) in a block from {@link #readHeaders}, or "". */
    private static String headerValue(String headers, String name) {
        for (String line : headers.split("\n", -1)) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    private static String readLine(InputStream in) throws IOException {
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
