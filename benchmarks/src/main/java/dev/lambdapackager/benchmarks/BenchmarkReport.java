package dev.lambdapackager.benchmarks;

import dev.lambdapackager.benchmarks.RuntimeBenchmark.SubjectResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The benchmark's results as Markdown: one table, then each of this runtime's targets, met or missed. */
final class BenchmarkReport {

    static final String LAUNCHER = "dev.lambdapackager.runtime.internal.Launcher";
    private static final double MIB = 1024 * 1024;

    private final BenchmarkOptions options;
    private final List<String> names = new ArrayList<>();
    private final List<SubjectResult> results = new ArrayList<>();

    BenchmarkReport(BenchmarkOptions options, Map<Subject, SubjectResult> results) {
        this.options = options;
        results.forEach((subject, result) -> {
            names.add(subject.name);
            this.results.add(result);
        });
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ")
                .append(options.machineLabel)
                .append("  \n")
                .append("JVM: ")
                .append(options.jdkLabel)
                .append("; flags `")
                .append(String.join(" ", options.jvmFlags))
                .append("` for every subject")
                .append(
                        options.launchPrefix.isEmpty()
                                ? ""
                                : ", launched with `" + String.join(" ", options.launchPrefix)
                                        + "` (the fake Runtime API runs on the other CPU)")
                .append("  \n")
                .append("(a) over ")
                .append(options.starts)
                .append(" starts per subject after ")
                .append(options.warmupStarts)
                .append(" warm-up rounds, interleaved; (b) over ")
                .append(options.invokes)
                .append(" sequential invocations after ")
                .append(options.warmupInvokes)
                .append(" warm-up ones; (c) one stream of ")
                .append(options.streamBytes / (1024 * 1024))
                .append(" MiB in ")
                .append(options.writeBytes / 1024)
                .append(" KiB writes, after 25 streams of 1 MiB (5 to warm up, 20 for time to first byte);")
                .append(" (d) peak RSS of the process after (b).  \n")
                .append("Load average when the run started: ")
                .append(options.loadAverage)
                .append(".\n\n");
        out.append("| | target (this runtime) |");
        names.forEach(name -> out.append(' ').append(name).append(" |"));
        out.append("\n|---|---|");
        names.forEach(name -> out.append("---:|"));
        out.append('\n');
        row(
                out,
                "(a) exec → first GET /next, median (min–max), ms",
                "≤ 0.35× RIC and ≤ floor + 15 ms",
                r -> spread(r.startNanos));
        row(
                out,
                "(a) with an AppCDS archive trained on the subject, median (min–max), ms",
                "",
                r -> spread(r.withArchive.startNanos));
        row(
                out,
                "exit after the Runtime API drops the connection, median, ms",
                "by itself, within 1–2 s",
                r -> r.exitAfterDropNanos.contains(-1L) ? "killed after 5 s" : ms(median(r.exitAfterDropNanos)));
        row(out, "VmHWM at first GET /next, median, MiB", "", r -> mib(median(r.hwmAtFirstNextKib) * 1024));
        row(
                out,
                "first invocation round trip (cold), ms",
                "",
                r -> r.servedInvocations() ? ms((double) r.firstInvokeNanos) : "–");
        row(out, "(b) round trip p50, µs", "≤ RIC", r -> r.servedInvocations() ? us(median(r.roundTripNanos)) : "–");
        row(
                out,
                "(b) round trip p99, µs",
                "< 1000",
                r -> r.servedInvocations() ? us(RuntimeBenchmark.percentile(r.roundTripNanos, 99)) : "–");
        row(out, "(c) stream throughput, MiB/s", "≥ 200", r -> r.servedInvocations() ? fixed(throughput(r), 0) : "–");
        row(
                out,
                "(c) time to first byte after write(), 20 streams of 1 MiB, median (max), ms",
                "≤ 1",
                r -> r.servedInvocations()
                        ? ms3(median(r.ttfbNanos)) + " (" + ms3(RuntimeBenchmark.percentile(r.ttfbNanos, 100)) + ")"
                        : "–");
        row(
                out,
                "(c) time to first byte of the large stream, ms",
                "",
                r -> r.servedInvocations() ? ms3((double) r.largeStreamTtfbNanos) : "–");
        row(
                out,
                "(c) RSS growth during the stream, MiB",
                "≤ 8",
                r -> r.servedInvocations()
                        ? mib(r.streamGrowthKib * 1024.0) + (r.peakWasReset ? "" : " (peak not reset)")
                        : "–");
        row(
                out,
                "(d) VmHWM after the invocations of (b), MiB",
                "≤ RIC",
                r -> r.servedInvocations() ? mib(r.hwmAfterInvokesKib * 1024.0) : "–");
        out.append('\n').append(targets());
        return out.toString();
    }

    private String targets() {
        SubjectResult floor = results.get(0);
        SubjectResult ours = results.get(1);
        SubjectResult ric = results.get(results.size() - 1);
        double start = median(ours.startNanos);
        double ricStart = median(ric.startNanos);
        double floorStart = median(floor.startNanos);
        StringBuilder out = new StringBuilder("Targets for this runtime:\n");
        check(
                out,
                "(a) ≤ 0.35× the RIC's start",
                start <= 0.35 * ricStart,
                ms(start) + " ms = " + fixed(start / ricStart, 2) + "× the RIC's " + ms(ricStart) + " ms");
        double cdsStart = median(ours.withArchive.startNanos);
        double ricCdsStart = median(ric.withArchive.startNanos);
        check(
                out,
                "(a), both with an AppCDS archive, ≤ 0.35× the RIC's",
                cdsStart <= 0.35 * ricCdsStart,
                ms(cdsStart) + " ms = " + fixed(cdsStart / ricCdsStart, 2) + "× the RIC's " + ms(ricCdsStart) + " ms");
        check(
                out,
                "(a) ≤ the floor + 15 ms",
                start <= floorStart + 15e6,
                ms(start) + " ms = the floor's " + ms(floorStart) + " ms + " + ms(start - floorStart) + " ms");
        double p50 = median(ours.roundTripNanos);
        double ricP50 = median(ric.roundTripNanos);
        check(out, "(b) p50 ≤ the RIC's", p50 <= ricP50, us(p50) + " µs vs " + us(ricP50) + " µs");
        double p99 = RuntimeBenchmark.percentile(ours.roundTripNanos, 99);
        check(out, "(b) p99 < 1 ms", p99 < 1e6, us(p99) + " µs");
        check(out, "(c) ≥ 200 MiB/s", throughput(ours) >= 200, fixed(throughput(ours), 0) + " MiB/s");
        check(
                out,
                "(c) TTFB ≤ 1 ms",
                median(ours.ttfbNanos) <= 1e6,
                "median " + ms3(median(ours.ttfbNanos)) + " ms over 20 streams, "
                        + ms3((double) ours.largeStreamTtfbNanos) + " ms for the large one");
        check(
                out,
                "(c) RSS growth ≤ 8 MiB",
                ours.streamGrowthKib <= 8 * 1024,
                mib(ours.streamGrowthKib * 1024.0) + " MiB");
        check(
                out,
                "(d) VmHWM ≤ the RIC's",
                ours.hwmAfterInvokesKib <= ric.hwmAfterInvokesKib,
                mib(ours.hwmAfterInvokesKib * 1024.0) + " MiB vs " + mib(ric.hwmAfterInvokesKib * 1024.0) + " MiB");
        return out.toString();
    }

    private static void check(StringBuilder out, String target, boolean met, String measured) {
        out.append("- ")
                .append(met ? "met" : "**missed**")
                .append(": ")
                .append(target)
                .append(" — ")
                .append(measured)
                .append('\n');
    }

    private void row(StringBuilder out, String metric, String target, Function<SubjectResult, String> cell) {
        out.append("| ").append(metric).append(" | ").append(target).append(" |");
        for (SubjectResult result : results) {
            out.append(' ').append(cell.apply(result)).append(" |");
        }
        out.append('\n');
    }

    private double throughput(SubjectResult result) {
        return options.streamBytes / MIB / (result.streamNanos / 1e9);
    }

    private static String spread(List<Long> nanos) {
        return ms(median(nanos)) + " (" + ms(RuntimeBenchmark.percentile(nanos, 0)) + "–"
                + ms(RuntimeBenchmark.percentile(nanos, 100)) + ")";
    }

    private static double median(List<Long> values) {
        return RuntimeBenchmark.percentile(values, 50);
    }

    private static String ms(double nanos) {
        return fixed(nanos / 1e6, 1);
    }

    private static String ms3(double nanos) {
        return fixed(nanos / 1e6, 3);
    }

    private static String us(double nanos) {
        return fixed(nanos / 1e3, 0);
    }

    private static String mib(double bytes) {
        return fixed(bytes / MIB, 1);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
