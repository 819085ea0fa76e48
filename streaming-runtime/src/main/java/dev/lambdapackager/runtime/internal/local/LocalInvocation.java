package dev.lambdapackager.runtime.internal.local;

import dev.lambdapackager.runtime.internal.http.HttpOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

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
    private boolean callerGone;

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

    /** Answers the caller in one piece. */
    void answer(int status, String reason, String extraHeaders, byte[] body) {
        send(() -> LocalServer.writeWhole(caller, status, reason, extraHeaders, body));
    }

    void complete() {
        completed.countDown();
    }

    void awaitCompletion() throws InterruptedException {
        completed.await();
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
