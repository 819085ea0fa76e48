package dev.lambdapackager.packager.invoke;

/**
 * One local Lambda execution environment for a zip: the function initialised once, then invoked again and
 * again (warm) until it is closed. After a crash or a timeout it initialises again on the next invocation, as
 * Lambda replaces a broken environment.
 */
public interface Sandbox extends AutoCloseable {

    /**
     * Sends one event and waits for the invocation to end, handing the response to {@code sink} as it streams.
     *
     * @param requestId the invocation's request id
     * @param event the event's bytes
     * @return how it ended, with Lambda's figures
     * @throws InvokeException when the sandbox itself broke down (not when the function failed)
     */
    InvocationResult invoke(String requestId, byte[] event, ResponseSink sink) throws InvokeException;

    /** Stops the function and removes everything the sandbox made. */
    @Override
    void close();

    /** Makes sandboxes (the container engine's implementation, or a test's). */
    @FunctionalInterface
    interface Factory {
        /**
         * Opens a sandbox for {@code spec}; the function's log lines go to {@code functionLog}.
         *
         * @throws InvokeException when it cannot be made
         */
        Sandbox open(SandboxSpec spec, InvokeListener listener) throws InvokeException;
    }
}
