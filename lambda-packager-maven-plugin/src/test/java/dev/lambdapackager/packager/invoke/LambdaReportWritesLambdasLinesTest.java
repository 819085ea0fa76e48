package dev.lambdapackager.packager.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.invoke.InvocationResult.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The REPORT line is Lambda's, field for field and tab-separated, so that tools that read Lambda's logs read
 * these too: Init Duration only on a cold start, Billed Duration rounded up with the init included (OS-only
 * runtimes bill it), Max Memory Used in MiB rounded up, and a status for timeouts and crashes.
 */
class LambdaReportWritesLambdasLinesTest {

    private static final String ID = "8f5b6c1e-0000-4000-8000-000000000001";

    @Test
    void aColdStartReportsItsInitAndBillsIt() {
        InvocationResult result =
                new InvocationResult(Outcome.SUCCESS, 733_970_000L, 9_047_551_000L, 40L << 20, false, null, null, -1);
        assertThat(LambdaReport.report(ID, result, 128))
                .isEqualTo("REPORT RequestId: " + ID
                        + "\tDuration: 9047.55 ms\tBilled Duration: 9782 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB"
                        + "\tInit Duration: 733.97 ms");
    }

    @Test
    void aWarmInvocationHasNoInitDuration() {
        InvocationResult result =
                new InvocationResult(Outcome.SUCCESS, -1, 12_430_000L, (40L << 20) + 1, false, null, null, -1);
        assertThat(LambdaReport.report(ID, result, 256))
                .isEqualTo("REPORT RequestId: " + ID
                        + "\tDuration: 12.43 ms\tBilled Duration: 13 ms\tMemory Size: 256 MB\tMax Memory Used: 41 MB");
    }

    @Test
    void timeoutsAndCrashesCarryAStatus() {
        InvocationResult timeout = new InvocationResult(
                Outcome.TIMEOUT, -1, 2_000_520_000L, 30L << 20, false, InvocationResult.TIMED_OUT, null, -1);
        assertThat(LambdaReport.report(ID, timeout, 128)).endsWith("\tStatus: timeout");
        assertThat(LambdaReport.timedOut(timeout)).isEqualTo("Task timed out after 2.00 seconds");
        InvocationResult oom = new InvocationResult(
                Outcome.RUNTIME_EXIT, -1, 2_644_000_000L, 128L << 20, true, "Runtime.ExitError", null, 137);
        assertThat(LambdaReport.report(ID, oom, 128))
                .contains("\tMax Memory Used: 128 MB")
                .endsWith("\tStatus: error\tError Type: Runtime.OutOfMemory");
        InvocationResult crash = new InvocationResult(
                Outcome.RUNTIME_EXIT, -1, 5_000_000L, 30L << 20, false, "Runtime.ExitError", null, 1);
        assertThat(LambdaReport.report(ID, crash, 128)).endsWith("\tStatus: error\tError Type: Runtime.ExitError");
    }

    @Test
    void exitsAreNamedAsLambdaNamesThem() {
        assertThat(LambdaReport.exitReason(137)).isEqualTo("Runtime exited with error: signal: killed");
        assertThat(LambdaReport.exitReason(134)).isEqualTo("Runtime exited with error: signal: aborted");
        assertThat(LambdaReport.exitReason(1)).isEqualTo("Runtime exited with error: exit status 1");
        assertThat(LambdaReport.exitReason(0)).isEqualTo("Runtime exited without providing a reason");
    }

    @Test
    void aFailedInitIsAnInitReport() {
        InvocationResult init = new InvocationResult(
                Outcome.INIT_ERROR, 637_350_000L, 637_350_000L, -1, false, "Runtime.HandlerConstructorError", "{}", -1);
        assertThat(LambdaReport.initReport(init))
                .isEqualTo(
                        "INIT_REPORT Init Duration: 637.35 ms\tPhase: init\tStatus: error\tError Type: Runtime.HandlerConstructorError");
        InvocationResult slow = new InvocationResult(
                Outcome.INIT_ERROR, -1, 15_000_000_000L, -1, false, InvocationResult.TIMED_OUT, null, -1);
        assertThat(LambdaReport.initReport(slow)).endsWith("\tPhase: init\tStatus: timeout");
    }
}
