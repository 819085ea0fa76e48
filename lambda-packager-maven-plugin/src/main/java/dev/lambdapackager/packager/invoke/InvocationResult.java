package dev.lambdapackager.packager.invoke;

import java.util.Objects;

/**
 * How one invocation ended, with the figures Lambda reports for it.
 *
 * @param outcome how it ended
 * @param initNanos how long the function took to initialise before this invocation; -1 for a warm one
 * @param durationNanos how long the invocation ran (init and invocation for an init failure); -1 when unknown
 * @param peakMemoryBytes the sandbox's peak memory use so far; -1 when unknown
 * @param oomKilled whether the kernel's out-of-memory killer stopped the function
 * @param errorType the error type the runtime gave ({@code Runtime.ExitError} and the like for a crash), or null
 * @param errorBody the error's JSON as the runtime sent it, or null
 * @param exitStatus the runtime's exit status after a crash (128 + signal when killed), else -1
 */
public record InvocationResult(
        Outcome outcome,
        long initNanos,
        long durationNanos,
        long peakMemoryBytes,
        boolean oomKilled,
        String errorType,
        String errorBody,
        int exitStatus) {

    /** The error type of a timeout, as Lambda names it. */
    public static final String TIMED_OUT = "Sandbox.Timedout";

    /** How an invocation ended. */
    public enum Outcome {
        /** The response ended normally. */
        SUCCESS,
        /** The runtime reported an error before any byte of the response ({@code /error}). */
        FUNCTION_ERROR,
        /** The runtime ended a streamed response with error trailers. */
        STREAM_ERROR,
        /** The invocation (or the init before it) ran past the timeout; the runtime was stopped. */
        TIMEOUT,
        /** The runtime exited during the invocation (a crash, or the OOM killer). */
        RUNTIME_EXIT,
        /** The function failed to initialise: an init error, or the runtime exited before asking for an event. */
        INIT_ERROR;

        /** Whether this outcome is a failure (the build fails for it unless told not to). */
        public boolean failed() {
            return this != SUCCESS;
        }
    }

    /** Checks. */
    public InvocationResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Whether the function initialised before this invocation (a cold start). */
    public boolean cold() {
        return initNanos >= 0;
    }
}
