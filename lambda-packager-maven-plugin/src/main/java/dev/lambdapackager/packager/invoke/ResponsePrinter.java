package dev.lambdapackager.packager.invoke;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a response as it streams: the body's raw bytes on the console as each piece arrives, everything else in
 * the log. A function URL response (its media type says so) starts with a JSON prelude and 8 NUL bytes: its
 * status and headers are logged, then the body follows as usual.
 */
final class ResponsePrinter implements ResponseSink {

    /** The media type of a response that starts with a function URL / API Gateway prelude. */
    static final String HTTP_INTEGRATION_TYPE = "application/vnd.awslambda.http-integration-response";

    private static final int SEPARATOR = 8;

    private final OutputStream out;
    private final InvokeListener listener;
    private final long start;
    private final Runnable invoked;
    private boolean prelude;
    private final ByteArrayOutputStream preludeBytes = new ByteArrayOutputStream();
    private long bodyBytes;
    private int lastByte = -1;
    private int chunks;

    /**
     * @param out where the body goes (the console)
     * @param start when the event was sent ({@link System#nanoTime()}), for the arrival times
     * @param invoked run when the event reached the function
     */
    ResponsePrinter(OutputStream out, InvokeListener listener, long start, Runnable invoked) {
        this.invoked = invoked;
        this.out = out;
        this.listener = listener;
        this.start = start;
    }

    @Override
    public void invoked() {
        invoked.run();
    }

    @Override
    public void started(boolean streamed, String contentType) {
        prelude = contentType.startsWith(HTTP_INTEGRATION_TYPE);
        listener.debug(String.format(
                Locale.ROOT,
                "+%.3f s response began (%s, %s)",
                seconds(),
                streamed ? "streamed" : "buffered",
                contentType));
    }

    @Override
    public void chunk(byte[] bytes) {
        chunks++;
        listener.debug(String.format(Locale.ROOT, "+%.3f s chunk %d: %d bytes", seconds(), chunks, bytes.length));
        int from = 0;
        if (prelude) {
            from = preludeEnd(bytes);
            if (prelude) {
                return;
            }
        }
        if (from < bytes.length) {
            body(bytes, from, bytes.length - from);
        }
    }

    /** Collects prelude bytes; returns where the body starts in {@code bytes} once the separator is complete. */
    private int preludeEnd(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            preludeBytes.write(bytes[i]);
            byte[] all = preludeBytes.toByteArray();
            if (all.length >= SEPARATOR && endsWithSeparator(all)) {
                prelude = false;
                showPrelude(new String(all, 0, all.length - SEPARATOR, StandardCharsets.UTF_8));
                return i + 1;
            }
        }
        return bytes.length;
    }

    private static boolean endsWithSeparator(byte[] all) {
        for (int i = all.length - SEPARATOR; i < all.length; i++) {
            if (all[i] != 0) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private void showPrelude(String json) {
        Object parsed;
        try {
            parsed = SimpleJson.parse(json);
        } catch (IllegalArgumentException e) {
            listener.error("The function URL prelude is not JSON (" + e.getMessage() + "): " + json);
            return;
        }
        if (!(parsed instanceof Map)) {
            listener.error("The function URL prelude is not a JSON object: " + json);
            return;
        }
        Map<String, Object> head = (Map<String, Object>) parsed;
        Object status = head.getOrDefault("statusCode", 200.0);
        listener.info("HTTP status " + (status instanceof Double d ? Integer.toString(d.intValue()) : status));
        if (head.get("headers") instanceof Map) {
            ((Map<String, Object>) head.get("headers")).forEach((name, value) -> listener.info(name + ": " + value));
        }
        if (head.get("multiValueHeaders") instanceof Map) {
            ((Map<String, Object>) head.get("multiValueHeaders")).forEach((name, values) -> {
                if (values instanceof List) {
                    ((List<Object>) values).forEach(value -> listener.info(name + ": " + value));
                }
            });
        }
        if (head.get("cookies") instanceof List) {
            ((List<Object>) head.get("cookies")).forEach(cookie -> listener.info("Set-Cookie: " + cookie));
        }
    }

    /** Writes body bytes to the console at once. */
    void body(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return;
        }
        try {
            out.write(bytes, offset, length);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bodyBytes += length;
        lastByte = bytes[offset + length - 1];
    }

    /** Ends the body's last line, so the log that follows starts on a line of its own. */
    void finish() {
        if (bodyBytes > 0 && lastByte != '\n') {
            body(new byte[] {'\n'}, 0, 1);
            bodyBytes--;
        }
    }

    /** How many body bytes were shown. */
    long bodyBytes() {
        return bodyBytes;
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
