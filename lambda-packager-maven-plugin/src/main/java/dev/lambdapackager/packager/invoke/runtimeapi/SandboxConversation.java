package dev.lambdapackager.packager.invoke.runtimeapi;

import dev.lambdapackager.packager.invoke.InvocationResult;
import dev.lambdapackager.packager.invoke.InvocationResult.Outcome;
import dev.lambdapackager.packager.invoke.InvokeException;
import dev.lambdapackager.packager.invoke.InvokeException.Code;
import dev.lambdapackager.packager.invoke.ResponseSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The plugin's side of {@link SandboxRuntimeApi}'s framing, whatever carries the bytes: sends an event, then
 * turns the frames that come back into the response (handed on as it streams) and an {@link InvocationResult}.
 */
public final class SandboxConversation {

    private final OutputStream input;
    private final BlockingQueue<Frame> frames;
    private final Duration patience;
    private long oomKills;

    /**
     * @param input the in-container program's stdin
     * @param frames its stdout, decoded; {@link Frame#CLOSED} when it ended
     * @param patience how long to wait for any frame before calling the sandbox broken (beyond the function's
     *     own timeout, which the in-container program enforces)
     */
    public SandboxConversation(OutputStream input, BlockingQueue<Frame> frames, Duration patience) {
        this.input = input;
        this.frames = frames;
        this.patience = patience;
    }

    /**
     * Runs one invocation.
     *
     * @throws InvokeException {@link Code#SANDBOX_FAILED} when the in-container program failed or went silent
     */
    public InvocationResult invoke(String requestId, byte[] event, ResponseSink sink) throws InvokeException {
        try {
            input.write(("INVOKE " + event.length + " " + requestId + "\n").getBytes(StandardCharsets.US_ASCII));
            input.write(event);
            input.flush();
        } catch (IOException e) {
            throw new InvokeException(
                    Code.SANDBOX_FAILED, "Cannot send the event into the sandbox: " + e.getMessage(), e);
        }
        long initNanos = -1;
        while (true) {
            Frame frame = take();
            switch (frame.type()) {
                case "INIT":
                    initNanos = frame.number(0);
                    break;
                case "INVOKED":
                    sink.invoked();
                    break;
                case "RESPONSE":
                    sink.started(
                            frame.fields().get(0).equals("streamed"),
                            frame.fields().get(1).replace("%20", " ").replace("%25", "%"));
                    break;
                case "CHUNK":
                    sink.chunk(frame.payload());
                    break;
                case "INIT_ERROR":
                    return new InvocationResult(
                            Outcome.INIT_ERROR,
                            frame.number(0),
                            frame.number(0),
                            -1,
                            false,
                            frame.fields().get(1),
                            text(frame),
                            -1);
                case "END": {
                    boolean trailers = frame.fields().size() > 3;
                    return new InvocationResult(
                            trailers ? Outcome.STREAM_ERROR : Outcome.SUCCESS,
                            initNanos,
                            frame.number(0),
                            frame.number(1),
                            oomKilled(frame, 2),
                            trailers ? frame.fields().get(3) : null,
                            trailers ? text(frame) : null,
                            -1);
                }
                case "ERROR":
                    return new InvocationResult(
                            Outcome.FUNCTION_ERROR,
                            initNanos,
                            frame.number(0),
                            frame.number(1),
                            oomKilled(frame, 2),
                            frame.fields().get(3),
                            text(frame),
                            -1);
                case "TIMEOUT": {
                    boolean init = frame.fields().get(3).equals("init");
                    return new InvocationResult(
                            init ? Outcome.INIT_ERROR : Outcome.TIMEOUT,
                            initNanos,
                            frame.number(0),
                            frame.number(1),
                            oomKilled(frame, 2),
                            InvocationResult.TIMED_OUT,
                            null,
                            -1);
                }
                case "EXIT": {
                    boolean init = frame.fields().get(4).equals("init");
                    return new InvocationResult(
                            init ? Outcome.INIT_ERROR : Outcome.RUNTIME_EXIT,
                            initNanos,
                            frame.number(1),
                            frame.number(2),
                            oomKilled(frame, 3),
                            "Runtime.ExitError",
                            null,
                            (int) frame.number(0));
                }
                case "FAILED":
                    throw new InvokeException(Code.SANDBOX_FAILED, "The sandbox's Runtime API failed: " + text(frame));
                case Frame.CLOSED:
                    throw new InvokeException(
                            Code.SANDBOX_FAILED,
                            "The sandbox container stopped unexpectedly"
                                    + (frame.payload().length > 0 ? ": " + text(frame) : "."));
                default:
                    throw new InvokeException(Code.SANDBOX_FAILED, "The sandbox sent an unknown frame " + frame.type());
            }
        }
    }

    /** Ends the conversation: the in-container program stops the function and exits. */
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            // The container is removed next anyway.
        }
    }

    private Frame take() throws InvokeException {
        try {
            Frame frame = frames.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new InvokeException(
                        Code.SANDBOX_FAILED,
                        "The sandbox sent nothing for " + patience.toSeconds()
                                + " s beyond the function's timeout; it is stopped.");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvokeException(Code.INTERRUPTED, "Interrupted while the function ran", e);
        }
    }

    /** Whether the container's OOM-kill count went up since the last invocation. */
    private boolean oomKilled(Frame frame, int index) {
        long count = frame.number(index);
        boolean killed = count > oomKills;
        oomKills = Math.max(oomKills, count);
        return killed;
    }

    private static String text(Frame frame) {
        return new String(frame.payload(), StandardCharsets.UTF_8);
    }
}
