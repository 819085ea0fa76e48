package dev.lambdapackager.runtime.internal.local;

import dev.lambdapackager.runtime.internal.http.HttpOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One {@code POST /invoke} waiting for, then receiving, its response. Writes to the caller go through here;
 * a caller that went away must not stop the runtime's side, so its write failures are remembered and
 * otherwise ignored.
 */
final class LocalInvocation {

    private final String requestId;
    private final byte[] event;
    private final HttpOutput caller;
    private final CountDownLatch completed = new CountDownLatch(1);
    private volatile boolean callerGone;
    private volatile boolean streaming;

    LocalInvocation(String requestId, byte[] event, HttpOutput caller) {
        this.requestId = requestId;
        this.event = event;
        this.caller = caller;
    }

    String requestId() {
        return requestId;
    }

    byte[] event() {
        return event;
    }

    /** Starts a chunked answer to the caller, so that chunks can follow as they arrive. */
    void startStream(String contentType) {
        streaming = true;
        send(() -> {
            caller.writeAscii("HTTP/1.1 200 OK\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
            caller.flush();
        });
    }

    void relayChunk(byte[] data, int length) {
        send(() -> {
            caller.writeChunk(ByteBuffer.wrap(data, 0, length));
            caller.flush();
        });
    }

    void endStream(Map<String, String> trailers) {
        send(() -> {
            caller.writeLastChunk(trailers);
            caller.flush();
        });
    }

    /**
     * Answers the caller in one piece. The server ends a caller's connection after its invocation, so the answer
     * says so: a client that pooled the connection would otherwise race the close with its next request.
     */
    synchronized void answer(int status, String reason, String extraHeaders, byte[] body) {
        send(() -> LocalServer.writeWhole(caller, status, reason, extraHeaders + "Connection: close\r\n", body));
    }

    void complete() {
        completed.countDown();
    }

    boolean isComplete() {
        return completed.getCount() == 0;
    }

    /**
     * Ends the invocation for the caller when the runtime side can no longer answer it (the connection that
     * took it closed, or the deadline passed), unless it already ended.
     */
    synchronized void abandon(int status, String reason, byte[] body) {
        if (!isComplete()) {
            if (!streaming) { // else the caller already has a status; the unfinished chunked body says it broke
                answer(status, reason, "", body);
            }
            complete();
        }
    }

    /** @return true when the invocation completed within the timeout */
    boolean awaitCompletion(long timeoutMillis) throws InterruptedException {
        return completed.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private interface CallerWrite {
        void run() throws IOException;
    }

    private void send(CallerWrite write) {
        if (callerGone) {
            return;
        }
        try {
            write.run();
        } catch (IOException e) {
            callerGone = true;
        }
    }
}
