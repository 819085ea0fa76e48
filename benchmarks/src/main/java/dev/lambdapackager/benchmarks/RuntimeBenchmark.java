package dev.lambdapackager.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every subject (the plain-JVM floor, this runtime, this runtime's RequestStreamHandler adapter, the AWS
 * RIC) with the same JVM and flags against a {@link FakeRuntimeApi}, and prints one Markdown table:
 * (a) exec to first GET /next, (b) round trips, (c) a large stream, (d) peak RSS. Start-up rounds are
 * interleaved so that a machine hiccup hits every subject alike.
 */
public final class RuntimeBenchmark {

    private static final int INVOKE_BLOCK = 100;

    private final BenchmarkOptions options;
    private final List<Subject> subjects;
    private final Map<Subject, SubjectResult> results = new LinkedHashMap<>();

    private RuntimeBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.subjects = options.subjects();
        for (Subject subject : subjects) {
            SubjectResult result = new SubjectResult();
            result.withArchive = new SubjectResult();
            results.put(subject, result);
        }
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        RuntimeBenchmark benchmark = new RuntimeBenchmark(options);
        benchmark.measureStarts();
        benchmark.measureInvocations();
        benchmark.writeRoundTrips();
        String report = new BenchmarkReport(options, benchmark.results).markdown();
        System.out.print(report);
        Files.createDirectories(options.output.toAbsolutePath().getParent());
        Files.writeString(options.output, report);
    }

    private void measureStarts() throws Exception {
        Path archives = Files.createTempDirectory("runtime-bench-cds");
        for (Subject subject : subjects) {
            trainArchive(subject, archives.resolve(subject.name.replaceAll("\\W+", "-") + ".jsa"));
        }
        for (int round = 0; round < options.warmupStarts + options.starts; round++) {
            for (Subject subject : subjects) {
                SubjectResult result = results.get(subject);
                boolean counted = round >= options.warmupStarts;
                measureStart(subject, List.of(), counted ? result : null);
                measureStart(
                        subject,
                        List.of("-XX:SharedArchiveFile=" + result.archive),
                        counted ? result.withArchive : null);
            }
            progress("start round " + (round + 1) + " of " + (options.warmupStarts + options.starts));
        }
    }

    /**
     * Records a dynamic AppCDS archive of what the subject loads up to its first GET /next, the way the packaging
     * plugin trains the archive it ships: run against a Runtime API that drops the connection, let the JVM exit.
     */
    private void trainArchive(Subject subject, Path archive) throws Exception {
        try (FakeRuntimeApi api = new FakeRuntimeApi()) {
            Process process = subject.start(
                    options.java,
                    with(options.jvmFlags, "-XX:ArchiveClassesAtExit=" + archive),
                    api.address(),
                    options.launchPrefix);
            api.awaitNext();
            api.drop();
            if (!process.waitFor(60, TimeUnit.SECONDS) || !Files.exists(archive)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(subject.name + " did not exit by itself and write " + archive);
            }
        }
        results.get(subject).archive = archive;
    }

    private void measureStart(Subject subject, List<String> extraFlags, SubjectResult result) throws Exception {
        try (FakeRuntimeApi api = new FakeRuntimeApi()) {
            long launched = System.nanoTime();
            Process process = subject.start(
                    options.java, with(options.jvmFlags, extraFlags), api.address(), options.launchPrefix);
            long nextArrived = api.awaitNext();
            long hwm = ProcStatus.hwmKib(process.pid());
            api.drop();
            long dropped = System.nanoTime();
            boolean exited = process.waitFor(5, TimeUnit.SECONDS);
            long exitNanos = System.nanoTime() - dropped;
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            if (result != null) {
                result.startNanos.add(nextArrived - launched);
                result.hwmAtFirstNextKib.add(hwm);
                result.exitAfterDropNanos.add(exited ? exitNanos : -1L);
            }
        }
    }

    private static List<String> with(List<String> flags, String extra) {
        return with(flags, List.of(extra));
    }

    private static List<String> with(List<String> flags, List<String> extra) {
        List<String> all = new ArrayList<>(flags);
        all.addAll(extra);
        return all;
    }

    /**
     * Runs (b), (c) and (d). All serving subjects run at once but take turns, a block of invocations each, so
     * that a noisy neighbour on the machine hurts them alike; the one whose turn it is not waits in GET /next.
     */
    private void measureInvocations() throws Exception {
        List<RunningSubject> running = new ArrayList<>();
        try {
            for (Subject subject : subjects) {
                if (subject.servesInvocations) {
                    running.add(new RunningSubject(subject, results.get(subject), options));
                }
            }
            for (RunningSubject subject : running) {
                subject.invoke(options.warmupInvokes, false);
            }
            for (int done = 0; done < options.invokes; done += INVOKE_BLOCK) {
                for (RunningSubject subject : running) {
                    subject.invoke(Math.min(INVOKE_BLOCK, options.invokes - done), true);
                }
            }
            for (RunningSubject subject : running) {
                subject.result.hwmAfterInvokesKib = ProcStatus.hwmKib(subject.process.pid());
                subject.stream(options.streamBytes, options.writeBytes);
                progress(subject.subject.name + ": invocations and stream done");
            }
        } finally {
            for (RunningSubject subject : running) {
                subject.close();
            }
        }
    }

    /** Keeps every round trip, one per line in microseconds, for looking into the tail behind p99. */
    private void writeRoundTrips() throws IOException {
        Path folder = options.rawOutput;
        Files.createDirectories(folder);
        for (Map.Entry<Subject, SubjectResult> entry : results.entrySet()) {
            StringBuilder lines = new StringBuilder();
            for (long nanos : entry.getValue().roundTripNanos) {
                lines.append(nanos / 1000).append('\n');
            }
            Files.writeString(
                    folder.resolve(entry.getKey().name.replaceAll("\\W+", "-") + "-round-trips-us.txt"), lines);
        }
    }

    static void progress(String message) {
        System.err.println("  " + message);
    }

    /** Everything measured for one subject. */
    static final class SubjectResult {
        final List<Long> startNanos = new ArrayList<>();
        /** Starts with an AppCDS archive trained on the subject; only the start figures are filled. */
        SubjectResult withArchive;

        Path archive;
        final List<Long> exitAfterDropNanos = new ArrayList<>();
        final List<Long> hwmAtFirstNextKib = new ArrayList<>();
        final List<Long> roundTripNanos = new ArrayList<>();
        long firstInvokeNanos = -1;
        long hwmAfterInvokesKib = -1;
        long streamGrowthKib = -1;
        final List<Long> ttfbNanos = new ArrayList<>();
        long largeStreamTtfbNanos = -1;
        long streamNanos = -1;
        boolean peakWasReset;

        boolean servedInvocations() {
            return !roundTripNanos.isEmpty();
        }
    }

    /** Median and percentiles of a sample, by nearest rank. */
    static double percentile(List<Long> values, double percent) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static void checkPath(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("not found: " + path + " (run benchmarks/runtime-bench.sh, which builds it)");
        }
    }

    static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
