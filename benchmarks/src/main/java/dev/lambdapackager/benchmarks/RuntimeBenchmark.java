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

    private final BenchmarkOptions options;
    private final List<Subject> subjects;
    private final Map<Subject, SubjectResult> results = new LinkedHashMap<>();

    private RuntimeBenchmark(BenchmarkOptions options) {
        this.options = options;
        this.subjects = options.subjects();
        for (Subject subject : subjects) {
            results.put(subject, new SubjectResult());
        }
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        RuntimeBenchmark benchmark = new RuntimeBenchmark(options);
        benchmark.measureStarts();
        for (Subject subject : benchmark.subjects) {
            if (subject.servesInvocations) {
                benchmark.measureInvocations(subject);
            }
        }
        String report = new BenchmarkReport(options, benchmark.results).markdown();
        System.out.print(report);
        Files.createDirectories(options.output.toAbsolutePath().getParent());
        Files.writeString(options.output, report);
    }

    private void measureStarts() throws Exception {
        for (int round = 0; round < options.warmupStarts + options.starts; round++) {
            for (Subject subject : subjects) {
                measureStart(subject, round >= options.warmupStarts);
            }
            progress("start round " + (round + 1) + " of " + (options.warmupStarts + options.starts));
        }
    }

    private void measureStart(Subject subject, boolean counted) throws Exception {
        SubjectResult result = results.get(subject);
        try (FakeRuntimeApi api = new FakeRuntimeApi()) {
            long launched = System.nanoTime();
            Process process = subject.start(options.java, options.jvmFlags, api.address());
            long nextArrived = api.awaitNext();
            long hwm = ProcStatus.hwmKib(process.pid());
            api.drop();
            long dropped = System.nanoTime();
            boolean exited = process.waitFor(5, TimeUnit.SECONDS);
            long exitNanos = System.nanoTime() - dropped;
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            if (counted) {
                result.startNanos.add(nextArrived - launched);
                result.hwmAtFirstNextKib.add(hwm);
                result.exitAfterDropNanos.add(exited ? exitNanos : -1L);
            }
        }
    }

    private void measureInvocations(Subject subject) throws Exception {
        SubjectResult result = results.get(subject);
        try (FakeRuntimeApi api = new FakeRuntimeApi()) {
            Process process = subject.start(options.java, options.jvmFlags, api.address());
            try {
                api.awaitNext();
                for (int i = 0; i < options.warmupInvokes + options.invokes; i++) {
                    long sent = System.nanoTime();
                    api.sendInvocation("invoke-" + i, "small");
                    api.readResponse();
                    long nextArrived = api.awaitNext();
                    if (i == 0) {
                        result.firstInvokeNanos = nextArrived - sent;
                    } else if (i >= options.warmupInvokes) {
                        result.roundTripNanos.add(nextArrived - sent);
                    }
                }
                result.hwmAfterInvokesKib = ProcStatus.hwmKib(process.pid());
                progress(subject.name + ": " + options.invokes + " invocations");

                result.peakWasReset = ProcStatus.resetPeak(process.pid());
                long rssBefore = ProcStatus.rssKib(process.pid());
                api.sendInvocation("stream", "stream:" + options.streamBytes + ":" + options.writeBytes);
                FakeRuntimeApi.ResponseTiming stream = api.readResponse();
                api.awaitNext();
                if (stream.bytes != options.streamBytes) {
                    throw new IllegalStateException(subject.name + " streamed " + stream.bytes + " bytes, expected "
                            + options.streamBytes);
                }
                result.streamGrowthKib = ProcStatus.hwmKib(process.pid()) - rssBefore;
                result.ttfbNanos = stream.firstBodyNanos - stream.handlerStamp;
                result.streamNanos = stream.endNanos - stream.handlerStamp;
                progress(subject.name + ": " + options.streamBytes / (1024 * 1024) + " MiB stream");
                api.drop();
            } finally {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static void progress(String message) {
        System.err.println("  " + message);
    }

    /** Everything measured for one subject. */
    static final class SubjectResult {
        final List<Long> startNanos = new ArrayList<>();
        final List<Long> exitAfterDropNanos = new ArrayList<>();
        final List<Long> hwmAtFirstNextKib = new ArrayList<>();
        final List<Long> roundTripNanos = new ArrayList<>();
        long firstInvokeNanos = -1;
        long hwmAfterInvokesKib = -1;
        long streamGrowthKib = -1;
        long ttfbNanos = -1;
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
