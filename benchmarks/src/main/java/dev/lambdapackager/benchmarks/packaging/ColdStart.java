package dev.lambdapackager.benchmarks.packaging;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times a Lambda cold start the way a user feels it: from exec to the first invocation's response complete at a
 * loopback Runtime API, split into start (exec → first {@code GET /next}) and first invocation (event sent →
 * response complete, streamed or not). Before each start {@code /var/task} is pointed (a symlink) at the subject's
 * unzipped function, so that class data dumped for {@code /var/task} maps as on Lambda; run it where {@code /var/task}
 * is free (a container). Subjects take turns run by run, so machine noise falls on all alike; each process is killed
 * while it waits for the answer to its second {@code GET /next} (a runtime reconnects when its connection drops, so it
 * would not end by itself).
 *
 * <p>Usage: {@code ColdStart RUNS EVENT_FILE 'label|task folder or -|command and args' ...}; the command gets
 * {@code AWS_LAMBDA_RUNTIME_API}, {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512}, {@code LAMBDA_TASK_ROOT=/var/task} and
 * {@code _HANDLER}. Prints one line per subject: label, then the medians of start, first invocation, cold total and
 * cold total to the response's first byte (for a function that streams slowly) in ms, tab-separated.
 */
public final class ColdStart {

    private static final int WARM_UP_RUNS = 2;
    private static final int TIMEOUT_MS = 60_000;
    private static final Path TASK = Path.of("/var/task");
    /** The last subject's output, shown when its start fails. */
    private static final Path LOG = Path.of(System.getProperty("java.io.tmpdir"), "coldstart-subject.log");

    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        List<String[]> subjects = new ArrayList<>();
        for (String subject : Arrays.copyOfRange(args, 2, args.length)) {
            subjects.add(subject.split("\\|", 3));
        }
        double[][][] millis = new double[subjects.size()][4][runs];
        try (ServerSocket api = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            api.setSoTimeout(TIMEOUT_MS);
            for (int run = -WARM_UP_RUNS; run < runs; run++) {
                for (int s = 0; s < subjects.size(); s++) {
                    double[] times = once(api, subjects.get(s), event);
                    for (int k = 0; run >= 0 && k < times.length; k++) {
                        millis[s][k][run] = times[k];
                    }
                }
            }
        }
        for (int s = 0; s < subjects.size(); s++) {
            System.out.printf(
                    Locale.ROOT,
                    "%s\t%.1f\t%.1f\t%.1f\t%.1f%n",
                    subjects.get(s)[0],
                    median(millis[s][0]),
                    median(millis[s][1]),
                    median(millis[s][2]),
                    median(millis[s][3]));
        }
    }

    /** When the response's first body byte arrived (a streamed response's first chunk), in nanos. */
    private static long firstByte;

    /** One cold start: {start, first invocation, total, total to the response's first byte} in ms. */
    private static double[] once(ServerSocket api, String[] subject, byte[] event) throws Exception {
        if (!subject[1].equals("-")) {
            Files.deleteIfExists(TASK);
            Files.createSymbolicLink(TASK, Path.of(subject[1]));
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(subject[2].split(" ")))
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        Map<String, String> env = builder.environment();
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.getLocalPort());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("LAMBDA_TASK_ROOT", "/var/task");
        env.put("_HANDLER", "provided");
        env.remove("JAVA_TOOL_OPTIONS");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            return exchange(api, subject, event, process, start);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(
                    subject[0] + " (" + subject[2] + ") failed its cold start: " + e + "; its output:\n"
                            + Files.readString(LOG),
                    e);
        }
    }

    private static double[] exchange(ServerSocket api, String[] subject, byte[] event, Process process, long start)
            throws Exception {
        long next;
        long done;
        long responseFirstByte;
        try (Socket connection = api.accept()) {
            connection.setSoTimeout(TIMEOUT_MS);
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            readRequest(in);
            next = System.nanoTime();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nLambda-Runtime-Aws-Request-Id: bench-1\r\n"
                            + "Lambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 60_000) + "\r\n"
                            + "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:bench\r\n"
                            + "Content-Length: " + event.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(event);
            out.flush();
            String response = readRequest(in);
            done = System.nanoTime();
            responseFirstByte = firstByte; // before the next request sets it again
            if (!response.contains("/invocation/bench-1/response")) {
                throw new IllegalStateException(subject[0] + ": expected the response, got " + response);
            }
            out.write("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            readRequest(in); // the second GET /next
            // End the process while it waits for that answer: a runtime whose connection drops reconnects, and a
            // reconnect left in the server's backlog would be taken for the next subject's first GET /next.
            process.destroyForcibly();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(subject[0] + ": the process did not end when killed");
            }
        }
        return new double[] {
            (next - start) / 1e6, (done - next) / 1e6, (done - start) / 1e6, (responseFirstByte - start) / 1e6
        };
    }

    /** Reads one request (head and a fixed or chunked body); returns its request line. */
    private static String readRequest(InputStream in) throws IOException {
        String requestLine = line(in);
        boolean chunked = false;
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (!chunked) {
            in.readNBytes(length);
            firstByte = System.nanoTime();
            return requestLine;
        }
        boolean first = true;
        for (int size = Integer.parseInt(line(in).split(";", -1)[0].trim(), 16);
                size > 0;
                size = Integer.parseInt(line(in).split(";", -1)[0].trim(), 16)) {
            in.readNBytes(size);
            if (first) {
                firstByte = System.nanoTime();
                first = false;
            }
            line(in);
        }
        while (!line(in).isEmpty()) {
            // trailers
        }
        return requestLine;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-line");
            }
            bytes.write(b);
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
