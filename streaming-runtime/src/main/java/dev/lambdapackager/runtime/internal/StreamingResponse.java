package dev.lambdapackager.runtime.internal;

import dev.lambdapackager.runtime.LambdaLogger;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.internal.api.ControlPlaneRequestEncoder;
import dev.lambdapackager.runtime.internal.api.ErrorReport;
import dev.lambdapackager.runtime.internal.api.RuntimeApiClient;
import dev.lambdapackager.runtime.internal.http.HttpOutput;
import dev.lambdapackager.runtime.internal.json.JsonWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One invocation's response: the {@link LambdaResponseStreamWriter} contract as a state machine, checked on
 * every call.
 *
 * <pre>
 * NOTHING_SENT ──write / writeStatusAndHeaders──► STREAMING ──finish / writeAndFinish / fail──► ENDED
 *      └──────────writeAndFinish (≤ 6 MB, buffered) / fail (POST /error)───────────────────────► ENDED
 * </pre>
 */
public final class StreamingResponse implements LambdaResponseStreamWriter {

    /** Above this, {@code writeAndFinish} streams: Lambda refuses larger buffered responses. */
    public static final int MAX_BUFFERED_BYTES = 6 * 1024 * 1024;
    /** Media type of a response that starts with a function URL / API Gateway prelude. */
    public static final String HTTP_INTEGRATION_TYPE = "application/vnd.awslambda.http-integration-response";

    private static final String STREAM_TYPE = "application/octet-stream";
    private static final int PRELUDE_SEPARATOR_BYTES = 8;
    /** The error trailers' whole section at most: well under the 4 KiB that Go's chunked reader allows. */
    static final int TRAILER_SECTION_BYTES = 3 * 1024;

    private static final int MAX_TRAILER_TYPE_CHARS = 512;

    private enum State {
        NOTHING_SENT,
        STREAMING,
        ENDED
    }

    private final RuntimeApiClient client;
    private final String requestId;
    private final LambdaLogger log;
    private State state = State.NOTHING_SENT;
    /** The call that moved the state last, for messages that say which call came first. */
    private String lastTransition;
    /** True once the Runtime API answered the request that ended the response. */
    private boolean confirmed;

    /**
     * @param client the Runtime API connection
     * @param requestId the invocation this response belongs to
     * @param log where a failure after the end is reported
     */
    public StreamingResponse(RuntimeApiClient client, String requestId, LambdaLogger log) {
        this.client = client;
        this.requestId = requestId;
        this.log = log;
    }

    @Override
    public synchronized void write(ByteBuffer buffer) throws IOException {
        requireNotEnded("write()");
        startStream(STREAM_TYPE, "write()");
        client.sendChunk(buffer);
    }

    @Override
    public synchronized void finish() throws IOException {
        requireNotEnded("finish()");
        end("finish()");
    }

    @Override
    public synchronized void writeAndFinish(ByteBuffer buffer) throws IOException {
        requireNotEnded("writeAndFinish()");
        if (state == State.NOTHING_SENT && buffer.remaining() <= MAX_BUFFERED_BYTES) {
            ended("writeAndFinish()");
            client.sendBufferedResponse(requestId, buffer);
            confirmed = true;
            return;
        }
        startStream(STREAM_TYPE, "writeAndFinish()");
        client.sendChunk(buffer);
        end("writeAndFinish()");
    }

    @Override
    public synchronized void writeStatusAndHeaders(
            int statusCode,
            Map<String, String> headers,
            Map<String, List<String>> multiValueHeaders,
            List<String> cookies)
            throws IOException {
        requireNotEnded("writeStatusAndHeaders()");
        if (state != State.NOTHING_SENT) {
            throw new IllegalStateException("writeStatusAndHeaders() must come before the body and only once, but "
                    + lastTransition + " was called first");
        }
        StringBuilder json = new StringBuilder(128);
        new JsonWriter(json)
                .beginObject()
                .name("statusCode")
                .value(statusCode)
                .name("headers")
                .value(headers == null ? Collections.<String, String>emptyMap() : headers)
                .name("multiValueHeaders")
                .value(multiValueHeaders == null ? Collections.<String, List<String>>emptyMap() : multiValueHeaders)
                .name("cookies")
                .value(cookies == null ? Collections.<String>emptyList() : cookies)
                .endObject();
        byte[] prelude = json.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer chunk =
                ByteBuffer.allocate(prelude.length + PRELUDE_SEPARATOR_BYTES).put(prelude);
        chunk.position(0); // the remaining 8 bytes are the NUL separator
        startStream(HTTP_INTEGRATION_TYPE, "writeStatusAndHeaders()");
        client.sendChunk(chunk);
    }

    /**
     * Ends the response for a handler that returned without ending it.
     *
     * @throws IOException when the Runtime API connection fails
     */
    public synchronized void finishIfOpen() throws IOException {
        if (state != State.ENDED) {
            end("the handler's return");
        }
    }

    /**
     * Reports the handler's failure in the only way still open: {@code /error} before any byte, error trailers
     * while streaming, a log line after the end. Never throws because of the failure itself (a
     * {@code getMessage()} or {@code toString()} that throws included).
     *
     * @param failure what the handler threw
     * @throws IOException when the Runtime API connection fails
     */
    public synchronized void fail(Throwable failure) throws IOException {
        ErrorReport report = ErrorReport.of(failure);
        switch (state) {
            case NOTHING_SENT:
                log.log(LambdaLogger.Level.ERROR, "Invocation failed before its response began: " + report.describe());
                ended("a failure report");
                client.sendInvocationError(requestId, report);
                break;
            case STREAMING:
                ended("a failure report");
                client.endStreamedResponse(requestId, errorTrailers(report, ErrorReport.traceOf(failure)));
                break;
            default:
                log.log(
                        LambdaLogger.Level.ERROR,
                        "The handler threw after its response ended with " + lastTransition
                                + (confirmed
                                        ? "; the client got the whole response. "
                                        : ", which the Runtime API never confirmed (the connection failed). ")
                                + report.describe());
        }
    }

    /**
     * The error trailers, kept to {@link #TRAILER_SECTION_BYTES}: Lambda's Runtime API (Go's net/http) refuses a
     * trailer section that does not end within its 4 KiB read buffer, and the error would be lost entirely.
     * The log gets the full trace either way.
     */
    private Map<String, String> errorTrailers(ErrorReport report, String fullTrace) {
        String type = report.errorType();
        while (HttpOutput.fieldValue(type).length() > MAX_TRAILER_TYPE_CHARS) { // a pathological class name
            type = type.substring(0, type.length() * 3 / 4);
        }
        int base64Budget = TRAILER_SECTION_BYTES
                - 2
                - (ControlPlaneRequestEncoder.ERROR_TYPE.length()
                        + 4
                        + HttpOutput.fieldValue(type).length())
                - (ControlPlaneRequestEncoder.ERROR_BODY.length() + 4);
        ErrorReport fitted = report.shortenedTo(base64Budget / 4 * 3);
        if (fitted == report) {
            log.log(
                    LambdaLogger.Level.ERROR,
                    "Invocation failed while streaming; ending the response with error trailers: " + fullTrace);
        } else {
            log.log(
                    LambdaLogger.Level.ERROR,
                    "Invocation failed while streaming; ending the response with error"
                            + " trailers, which carry " + fitted.frameCount() + " of " + report.frameCount()
                            + " stack frames"
                            + (fitted.message().equals(report.message()) ? "" : " and a shortened message")
                            + " (a Runtime API on Go's net/http refuses trailers over 4 KiB). The full trace: "
                            + fullTrace);
        }
        Map<String, String> trailers = new LinkedHashMap<>();
        trailers.put(ControlPlaneRequestEncoder.ERROR_TYPE, type);
        trailers.put(ControlPlaneRequestEncoder.ERROR_BODY, fitted.base64());
        return trailers;
    }

    private void requireNotEnded(String call) {
        if (state == State.ENDED) {
            throw new IllegalStateException(
                    "The response already ended with " + lastTransition + "; " + call + " cannot follow it");
        }
    }

    private void startStream(String contentType, String call) throws IOException {
        if (state == State.NOTHING_SENT) {
            state = State.STREAMING;
            lastTransition = call;
            client.startStreamedResponse(requestId, contentType);
        }
    }

    private void end(String call) throws IOException {
        if (state == State.NOTHING_SENT) {
            ended(call);
            client.sendBufferedResponse(requestId, ByteBuffer.allocate(0));
            confirmed = true;
            return;
        }
        ended(call);
        client.endStreamedResponse(requestId, Collections.<String, String>emptyMap());
        confirmed = true;
    }

    private void ended(String call) {
        state = State.ENDED;
        lastTransition = call;
    }
}
