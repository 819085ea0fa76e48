package dev.lambdapackager.benchmarks;

import dev.lambdapackager.runtime.internal.http.HttpHeaders;
import dev.lambdapackager.runtime.internal.http.HttpInput;
import dev.lambdapackager.runtime.internal.http.HttpOutput;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A Runtime API for one benchmarked process, on a loopback port, driven step by step by the benchmark's
 * thread: wait for {@code GET /next}, hand out an event, read the response with timings, drop. Every wait is
 * bounded by a socket timeout, so a stuck runtime fails the run instead of hanging it.
 */
final class FakeRuntimeApi implements Closeable {

    private static final int TIMEOUT_MS = 60_000;
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(StandardCharsets.US_ASCII);

    /** When a response arrived, and what its first 8 bytes (the handler's stamp) said. */
    static final class ResponseTiming {
        final long firstBodyNanos;
        final long endNanos;
        final long bytes;
        final long handlerStamp;

        ResponseTiming(long firstBodyNanos, long endNanos, long bytes, long handlerStamp) {
            this.firstBodyNanos = firstBodyNanos;
            this.endNanos = endNanos;
            this.bytes = bytes;
            this.handlerStamp = handlerStamp;
        }
    }

    private final ServerSocket serverSocket;
    private Socket socket;
    private HttpInput in;
    private HttpOutput out;

    FakeRuntimeApi() throws IOException {
        serverSocket = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        serverSocket.setSoTimeout(TIMEOUT_MS);
    }

    /** @return the value for AWS_LAMBDA_RUNTIME_API */
    String address() {
        return "127.0.0.1:" + serverSocket.getLocalPort();
    }

    /**
     * Waits for the runtime's {@code GET /next} (connecting first if needed).
     *
     * @return {@link System#nanoTime()} when its request line had arrived
     */
    long awaitNext() throws IOException {
        if (socket == null) {
            socket = serverSocket.accept();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MS);
            in = new HttpInput(socket.getInputStream());
            out = new HttpOutput(socket.getOutputStream());
        }
        String requestLine = in.readLine();
        long arrived = System.nanoTime();
        if (requestLine == null || !requestLine.startsWith("GET /2018-06-01/runtime/invocation/next ")) {
            throw new IOException("expected GET /next, got " + requestLine);
        }
        in.readHeaders();
        return arrived;
    }

    /** Answers the pending {@code GET /next} with an invocation. */
    void sendInvocation(String requestId, String event) throws IOException {
        byte[] body = event.getBytes(StandardCharsets.US_ASCII);
        out.writeAscii("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: " + requestId
                + "\r\nLambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 900_000)
                + "\r\nLambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:bench"
                + "\r\nLambda-Runtime-Trace-Id: Root=1-00000000-000000000000000000000000;Sampled=0"
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n");
        out.write(body, 0, body.length);
        out.flush();
    }

    /** Reads an invocation's response, streamed or buffered, without keeping it, and answers 202. */
    ResponseTiming readResponse() throws IOException {
        String requestLine = in.readLine();
        if (requestLine == null || !requestLine.startsWith("POST ") || !requestLine.contains("/response ")) {
            throw new IOException("expected POST .../response, got " + requestLine);
        }
        HttpHeaders headers = in.readHeaders();
        if ("100-continue".equalsIgnoreCase(headers.get("Expect"))) {
            out.writeAscii("HTTP/1.1 100 Continue\r\n\r\n");
            out.flush();
        }
        BodyCounter counter = new BodyCounter();
        if (headers.isChunked()) {
            in.readChunked(counter);
        } else {
            long remaining = HttpInput.contentLength(headers);
            byte[] block = new byte[64 * 1024];
            while (remaining > 0) {
                int length = (int) Math.min(block.length, remaining);
                in.readFully(block, 0, length);
                counter.accept(block, length);
                remaining -= length;
            }
        }
        long end = System.nanoTime();
        answerAccepted();
        return new ResponseTiming(counter.firstNanos, end, counter.bytes, counter.stamp);
    }

    /** Closes the connection without answering, as the packaging plugin's CDS training stub does. */
    void drop() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    @Override
    public void close() throws IOException {
        drop();
        serverSocket.close();
    }

    private void answerAccepted() throws IOException {
        out.writeAscii("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: " + ACCEPTED.length
                + "\r\n\r\n");
        out.write(ACCEPTED, 0, ACCEPTED.length);
        out.flush();
    }

    /** Counts body bytes and notes when the first arrived and the stamp they start with. */
    private static final class BodyCounter implements HttpInput.ChunkConsumer {
        long firstNanos;
        long bytes;
        long stamp;

        @Override
        public void accept(byte[] data, int length) {
            if (bytes == 0 && length > 0) {
                firstNanos = System.nanoTime();
                for (int i = 0; i < Math.min(8, length); i++) {
                    stamp = (stamp << 8) | (data[i] & 0xff);
                }
            }
            bytes += length;
        }
    }
}
