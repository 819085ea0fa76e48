package dev.lambdapackager.benchmarks.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times commands from exec to their first {@code GET /next} at a loopback Runtime API: the start-up a Lambda cold
 * start pays before the first invocation can begin. Each run's connection is dropped once the request line has
 * arrived, so the process exits by itself. Subjects take turns, run by run, so machine noise falls on all alike.
 *
 * <p>Usage: {@code StartToFirstNext RUNS 'label=command and args' ...}; the command gets
 * {@code AWS_LAMBDA_RUNTIME_API}, {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE=512}, {@code LAMBDA_TASK_ROOT=/var/task} and
 * {@code _HANDLER=provided}, as on Lambda; one Markdown row per subject on
 * stdout: label, median, min, max (ms).
 */
public final class StartToFirstNext {

    private static final int WARM_UP_RUNS = 2;
    private static final int TIMEOUT_MS = 60_000;

    private StartToFirstNext() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<String> labels = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        for (String subject : Arrays.copyOfRange(args, 1, args.length)) {
            int equals = subject.indexOf('=');
            labels.add(subject.substring(0, equals));
            commands.add(List.of(subject.substring(equals + 1).split(" ")));
        }
        double[][] millis = new double[commands.size()][runs];
        try (ServerSocket api = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            api.setSoTimeout(TIMEOUT_MS);
            for (int run = -WARM_UP_RUNS; run < runs; run++) {
                for (int s = 0; s < commands.size(); s++) {
                    double ms = once(api, commands.get(s));
                    if (run >= 0) {
                        millis[s][run] = ms;
                    }
                }
            }
        }
        for (int s = 0; s < commands.size(); s++) {
            double[] sorted = millis[s].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f |%n",
                    labels.get(s),
                    median(sorted),
                    sorted[0],
                    sorted[sorted.length - 1]);
        }
    }

    private static double once(ServerSocket api, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.getLocalPort());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("LAMBDA_TASK_ROOT", "/var/task"); // as Lambda sets it; only bootstrap reads it
        env.put("_HANDLER", "provided");
        env.remove("JAVA_TOOL_OPTIONS");
        long start = System.nanoTime();
        Process process = builder.start();
        double ms;
        try (Socket connection = api.accept()) {
            InputStream in = connection.getInputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                // the request line has arrived when its LF has
            }
            ms = (System.nanoTime() - start) / 1e6;
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return ms;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
