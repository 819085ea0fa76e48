package dev.lambdapackager.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** One benchmarked runtime kept running between its turns, with its own fake Runtime API. */
final class RunningSubject implements Closeable {

    private static final int WARMUP_STREAMS = 5;
    private static final int MEASURED_SMALL_STREAMS = 20;
    private static final long SMALL_STREAM_BYTES = 1024 * 1024;

    final Subject subject;
    final RuntimeBenchmark.SubjectResult result;
    final Process process;
    private final FakeRuntimeApi api;
    private int invocations;

    RunningSubject(Subject subject, RuntimeBenchmark.SubjectResult result, BenchmarkOptions options)
            throws IOException {
        this.subject = subject;
        this.result = result;
        this.api = new FakeRuntimeApi();
        this.process = subject.start(options.java, options.jvmFlags, api.address(), options.launchPrefix);
        api.awaitNext();
    }

    /**
     * Runs small invocations one after another; the runtime is waiting in GET /next before and after.
     *
     * @param count how many
     * @param counted whether their round trips go into the result
     */
    void invoke(int count, boolean counted) throws IOException {
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            api.sendInvocation("invoke-" + invocations, "small");
            api.readResponse();
            long nextArrived = api.awaitNext();
            if (invocations == 0) {
                result.firstInvokeNanos = nextArrived - sent;
            } else if (counted) {
                result.roundTripNanos.add(nextArrived - sent);
            }
            invocations++;
        }
    }

    /**
     * Runs (c): small streams, the first ones to warm up and the others for time to first byte, then the large
     * one for throughput and memory, with the process's peak RSS reset just before it.
     */
    void stream(long bytes, int writeBytes) throws IOException {
        // The warm-up makes (c) measure this runtime's steady state, not its first-ever streamed response, and
        // warms the harness's own chunk parsing for every subject alike.
        for (int i = 0; i < WARMUP_STREAMS + MEASURED_SMALL_STREAMS; i++) {
            api.sendInvocation("small-stream-" + i, "stream:" + SMALL_STREAM_BYTES + ":" + writeBytes);
            FakeRuntimeApi.ResponseTiming small = api.readResponse();
            api.awaitNext();
            if (i >= WARMUP_STREAMS) {
                result.ttfbNanos.add(small.firstBodyNanos - small.handlerStamp);
            }
        }
        result.peakWasReset = ProcStatus.resetPeak(process.pid());
        long rssBefore = ProcStatus.rssKib(process.pid());
        api.sendInvocation("stream", "stream:" + bytes + ":" + writeBytes);
        FakeRuntimeApi.ResponseTiming stream = api.readResponse();
        api.awaitNext();
        if (stream.bytes != bytes) {
            throw new IllegalStateException(subject.name + " streamed " + stream.bytes + " bytes, expected " + bytes);
        }
        result.streamGrowthKib = ProcStatus.hwmKib(process.pid()) - rssBefore;
        result.largeStreamTtfbNanos = stream.firstBodyNanos - stream.handlerStamp;
        result.streamNanos = stream.endNanos - stream.handlerStamp;
    }

    /** Drops the connection, which ends a well-behaved runtime; kills it otherwise. */
    @Override
    public void close() throws IOException {
        api.close();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
