package dev.lambdapackager.packager.jre;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.Locale;

/**
 * A stand-in Lambda Runtime API for the CDS training start, run with the builder image's JDK inside the
 * builder container (never in the Maven JVM). The function starts as it would on Lambda; when it asks for
 * its first invocation ({@code GET .../invocation/next}) the stand-in closes the connection, so the runtime
 * exits by itself and its class list holds everything loaded on the way to the first invocation — and
 * nothing of a handler call, which must not run at packaging time.
 *
 * <p>Usage: {@code java -cp DIR dev.lambdapackager.packager.jre.TrainingRuntimeApi PORT READY_FILE [STARTS]}; it
 * writes READY_FILE once listening on 127.0.0.1:PORT, ends STARTS training starts (one per handler, default 1),
 * then exits; it gives up after two minutes without a request. The build script starts it first, so that its own
 * JVM start overlaps jdeps and jlink.
 */
public final class TrainingRuntimeApi {

    private static final int IDLE_LIMIT_MILLIS = 120_000;

    private TrainingRuntimeApi() {}

    /** Serves until {@code STARTS} functions asked for their first invocation, or until idle for two minutes. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: TrainingRuntimeApi PORT READY_FILE [STARTS]");
            System.exit(2);
        }
        int starts = args.length == 3 ? Integer.parseInt(args[2]) : 1;
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 8, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(IDLE_LIMIT_MILLIS);
            Files.writeString(Path.of(args[1]), "ready\n");
            while (starts > 0) {
                try (Socket socket = server.accept()) {
                    socket.setSoTimeout(IDLE_LIMIT_MILLIS);
                    if (!serve(socket)) {
                        starts--;
                    }
                } catch (SocketTimeoutException e) {
                    System.out.println("training: no request from the function for two minutes; stopping");
                    return;
                }
            }
        }
    }

    /** Answers requests on one connection; false once the first {@code /next} came (training is over). */
    private static boolean serve(Socket socket) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        while (true) {
            String requestLine = readLine(in);
            if (requestLine == null) {
                return true;
            }
            int contentLength = 0;
            String errorType = "";
            for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
                int colon = header.indexOf(':');
                String name = colon > 0 ? header.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
                if (name.equals("content-length")) {
                    contentLength = Integer.parseInt(header.substring(colon + 1).trim());
                } else if (name.equals("lambda-runtime-function-error-type")) {
                    errorType = header.substring(colon + 1).trim();
                }
            }
            byte[] body = in.readNBytes(contentLength);
            if (requestLine.startsWith("GET ") && requestLine.contains("/invocation/next")) {
                System.out.println("training: the function is ready for its first invocation; ending the training start");
                return false;
            }
            if (requestLine.contains("/init/error")) {
                // One line the build parses (TrainingFailure): the error type, then the JSON body.
                System.out.println("training: init error: type=" + (errorType.isEmpty() ? "-" : errorType) + " body="
                        + new String(body, StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' '));
            } else {
                System.out.println("training: unexpected request " + requestLine);
            }
            out.write("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
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
