package dev.lambdapackager.packager.jre;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * For tests: {@link TrainingRuntimeApi} run as the build script runs it, in a JVM of its own from the compiled class,
 * and one connection to it speaking as the function's runtime does.
 */
final class TrainingApiProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private TrainingApiProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the stand-in on a free port with {@code startFile} and the timeout; waits until it listens. */
    static TrainingApiProcess start(Path folder, Path startFile, int timeoutSeconds) throws Exception {
        Path ready = folder.resolve("ready");
        Path log = folder.resolve("training-api.log");
        String classes = Path.of(TrainingRuntimeApi.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classes,
                        TrainingRuntimeApi.class.getName(),
                        "0",
                        ready.toString(),
                        startFile.toString(),
                        Integer.toString(timeoutSeconds))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!(Files.exists(ready) && Files.readString(ready).endsWith("\n"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the stand-in did not start: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
        return new TrainingApiProcess(
                process, log, Integer.parseInt(Files.readString(ready).trim()));
    }

    /** A connection as the runtime opens it. */
    Connection connect() throws IOException {
        return new Connection(new Socket(InetAddress.getLoopbackAddress(), port));
    }

    /** What the stand-in printed so far. */
    String output() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the stand-in printed {@code text}; fails after ten seconds. */
    String awaitOutput(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!output().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in the stand-in's output:\n" + output());
            }
            Thread.sleep(20);
        }
        return output();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** One HTTP/1.1 connection; answers are read with their headers (lower-case names) and body. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(20_000);
            this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            this.out = socket.getOutputStream();
        }

        /** Sends raw request bytes. */
        void send(String request) throws IOException {
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** The next answer: status line, headers and body; null if the stand-in closed the connection. */
        Answer read() throws IOException {
            String status = in.readLine();
            if (status == null) {
                return null;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            char[] body = new char[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
            int read = 0;
            while (read < body.length) {
                int n = in.read(body, read, body.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return new Answer(status, headers, new String(body, 0, read));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        InputStream rawInput() throws IOException {
            return socket.getInputStream();
        }
    }

    /** One HTTP answer. */
    record Answer(String status, Map<String, String> headers, String body) {}
}
