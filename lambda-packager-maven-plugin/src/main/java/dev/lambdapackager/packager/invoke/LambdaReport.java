package dev.lambdapackager.packager.invoke;

import dev.lambdapackager.packager.invoke.InvocationResult.Outcome;
import java.util.Locale;
import java.util.Map;

/**
 * The lines Lambda writes to a function's log around each invocation, in Lambda's own words and format:
 * {@code START}, {@code END}, {@code REPORT} (with {@code Init Duration} on a cold start), {@code INIT_REPORT}
 * for a failed init, and the platform's messages for timeouts and crashes.
 */
public final class LambdaReport {

    private LambdaReport() {}

    /** {@code START RequestId: ... Version: $LATEST}. */
    public static String start(String requestId) {
        return "START RequestId: " + requestId + " Version: $LATEST";
    }

    /** {@code END RequestId: ...}. */
    public static String end(String requestId) {
        return "END RequestId: " + requestId;
    }

    /**
     * The {@code REPORT} line. Billed Duration rounds up to the millisecond and, as for every OS-only runtime,
     * includes the init of a cold start.
     */
    public static String report(String requestId, InvocationResult result, int memoryMb) {
        double duration = millis(Math.max(0, result.durationNanos()));
        double init = result.cold() ? millis(result.initNanos()) : 0;
        StringBuilder line = new StringBuilder("REPORT RequestId: ")
                .append(requestId)
                .append(String.format(Locale.ROOT, "\tDuration: %.2f ms", duration))
                .append("\tBilled Duration: ")
                .append((long) Math.ceil(duration + init))
                .append(" ms")
                .append("\tMemory Size: ")
                .append(memoryMb)
                .append(" MB")
                .append("\tMax Memory Used: ")
                .append(megabytes(result.peakMemoryBytes()))
                .append(" MB");
        if (result.cold()) {
            line.append(String.format(Locale.ROOT, "\tInit Duration: %.2f ms", init));
        }
        if (result.outcome() == Outcome.TIMEOUT) {
            line.append("\tStatus: timeout");
        } else if (result.outcome() == Outcome.RUNTIME_EXIT) {
            line.append("\tStatus: error\tError Type: ")
                    .append(result.oomKilled() ? "Runtime.OutOfMemory" : "Runtime.ExitError");
        }
        return line.toString();
    }

    /** {@code INIT_REPORT} for an init that failed (or timed out). */
    public static String initReport(InvocationResult result) {
        StringBuilder line = new StringBuilder("INIT_REPORT")
                .append(String.format(
                        Locale.ROOT, " Init Duration: %.2f ms", millis(Math.max(0, result.durationNanos()))))
                .append("\tPhase: init");
        if (InvocationResult.TIMED_OUT.equals(result.errorType())) {
            return line.append("\tStatus: timeout").toString();
        }
        return line.append("\tStatus: error\tError Type: ")
                .append(result.errorType())
                .toString();
    }

    /** Lambda's words for a runtime that exited: {@code Runtime exited with error: signal: killed}. */
    public static String exitReason(int status) {
        if (status > 128 && status < 160) {
            int signal = status - 128;
            String name = Map.of(
                            9,
                            "killed",
                            15,
                            "terminated",
                            6,
                            "aborted",
                            11,
                            "segmentation fault",
                            2,
                            "interrupt",
                            7,
                            "bus error")
                    .getOrDefault(signal, "signal " + signal);
            return "Runtime exited with error: signal: " + name;
        }
        return status == 0
                ? "Runtime exited without providing a reason"
                : "Runtime exited with error: exit status " + status;
    }

    /** Lambda's words for a timeout: {@code Task timed out after 2.00 seconds}. */
    public static String timedOut(InvocationResult result) {
        return String.format(Locale.ROOT, "Task timed out after %.2f seconds", result.durationNanos() / 1e9);
    }

    /** Megabytes as Lambda counts them (MiB, rounded up); "n/a" when unknown. */
    static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : Long.toString((bytes + (1 << 20) - 1) >> 20);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
