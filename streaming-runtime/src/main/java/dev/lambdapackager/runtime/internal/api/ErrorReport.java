package dev.lambdapackager.runtime.internal.api;

import dev.lambdapackager.runtime.internal.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A failure as the Runtime API wants it: an error type for the {@code Lambda-Runtime-Function-Error-Type}
 * header or trailer, and the JSON body {@code {"errorMessage", "errorType", "stackTrace": [...]}}.
 *
 * <p>Making one never throws, whatever the failure does: a {@code getMessage()} that throws gives the class
 * name as the message, a {@code getStackTrace()} that throws gives no frames.
 */
public final class ErrorReport {

    private static final String CUT_MARK = " [cut]";
    private static final int MAX_CAUSES = 16;

    private final String errorType;
    private final String message;
    private final String[] frames;
    private final int originalFrameCount;
    private final byte[] json;

    private ErrorReport(String errorType, String message, String[] frames, int originalFrameCount) {
        this.errorType = errorType;
        this.message = message;
        this.frames = frames;
        this.originalFrameCount = originalFrameCount;
        this.json =
                document(errorType, message, frames, frames.length).toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param failure what the handler threw
     * @return a report whose error type is the exception's class name, and whose message is its (localized)
     *         message or, as AWS's Java runtime does when there is none, its class name again; the class name
     *         too when reading the message throws
     */
    public static ErrorReport of(Throwable failure) {
        String type = failure.getClass().getName();
        String message = messageOrNull(failure);
        String[] frames = framesOf(failure);
        return new ErrorReport(type, message == null ? type : message, frames, frames.length);
    }

    /**
     * @param errorType the error type, e.g. {@code Runtime.ClassNotFound}
     * @param message what failed and what to do
     * @param cause the underlying failure, whose stack trace is reported; may be null
     * @return the report
     */
    public static ErrorReport of(String errorType, String message, Throwable cause) {
        String[] frames = cause == null ? new String[0] : framesOf(cause);
        return new ErrorReport(errorType, message == null ? "" : message, frames, frames.length);
    }

    /** @return the failure's localized message, or null when it has none or reading it threw */
    private static String messageOrNull(Throwable failure) {
        try {
            return failure.getLocalizedMessage();
        } catch (Throwable broken) { // a hostile or buggy getMessage() must not stop the report
            return null;
        }
    }

    /**
     * The full trace for a log line, causes included, built without calling the failure's {@code toString()}
     * (which may throw).
     *
     * @param failure any throwable
     * @return {@code type: message}, then one {@code \tat frame} line per frame, then each cause likewise
     */
    public static String traceOf(Throwable failure) {
        StringBuilder text = new StringBuilder(1024);
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (depth > 0) {
                text.append("\nCaused by: ");
            }
            String message = messageOrNull(current);
            text.append(current.getClass().getName());
            if (message != null) {
                text.append(": ").append(message);
            }
            for (String frame : framesOf(current)) {
                text.append("\n\tat ").append(frame);
            }
            Throwable cause;
            try {
                cause = current.getCause();
            } catch (Throwable broken) {
                cause = null;
            }
            current = cause == current ? null : cause;
        }
        return text.toString();
    }

    private static String[] framesOf(Throwable failure) {
        StackTraceElement[] stackTrace;
        try {
            stackTrace = failure.getStackTrace();
        } catch (Throwable broken) {
            return new String[0];
        }
        if (stackTrace == null) {
            return new String[0];
        }
        String[] frames = new String[stackTrace.length];
        for (int i = 0; i < stackTrace.length; i++) {
            frames[i] = String.valueOf(stackTrace[i]);
        }
        return frames;
    }

    /**
     * The same report made to fit: as many leading stack frames as fit, cut at a frame boundary, and the
     * message shortened (marked {@code [cut]}) only if even the report without frames would not fit.
     *
     * @param maxJsonBytes the most bytes the JSON may have
     * @return this report when it fits, else a shorter one
     */
    public ErrorReport shortenedTo(int maxJsonBytes) {
        if (json.length <= maxJsonBytes) {
            return this;
        }
        String shortMessage = message;
        int used = utf8Length(document(errorType, shortMessage, frames, 0));
        if (used > maxJsonBytes) {
            int budget = maxJsonBytes - utf8Length(document(errorType, "", frames, 0)) - CUT_MARK.length();
            shortMessage = prefixWithin(message, budget) + CUT_MARK;
            used = utf8Length(document(errorType, shortMessage, frames, 0));
        }
        int kept = 0;
        StringBuilder quoted = new StringBuilder(128);
        for (String frame : frames) {
            quoted.setLength(0);
            JsonWriter.appendQuoted(quoted, frame);
            int cost = utf8Length(quoted) + (kept == 0 ? 0 : 1);
            if (used + cost > maxJsonBytes) {
                break;
            }
            used += cost;
            kept++;
        }
        return new ErrorReport(errorType, shortMessage, Arrays.copyOf(frames, kept), originalFrameCount);
    }

    /** @return the value for {@code Lambda-Runtime-Function-Error-Type} */
    public String errorType() {
        return errorType;
    }

    /** @return the message as reported */
    public String message() {
        return message;
    }

    /** @return how many stack frames the report carries */
    public int frameCount() {
        return frames.length;
    }

    /** @return how many stack frames the failure had, before any {@link #shortenedTo(int)} */
    public int originalFrameCount() {
        return originalFrameCount;
    }

    /** @return {@code type: message} (or the type alone), for log lines */
    public String describe() {
        return message.isEmpty() ? errorType : errorType + ": " + message;
    }

    /** @return the JSON body, UTF-8 */
    public byte[] json() {
        return json.clone();
    }

    /** @return the JSON body in base64, for the {@code Lambda-Runtime-Function-Error-Body} trailer */
    public String base64() {
        return Base64.getEncoder().encodeToString(json);
    }

    private static StringBuilder document(String errorType, String message, String[] frames, int frameCount) {
        StringBuilder text = new StringBuilder(256);
        List<String> included = Arrays.asList(frames).subList(0, frameCount);
        new JsonWriter(text)
                .beginObject()
                .name("errorMessage")
                .value(message)
                .name("errorType")
                .value(errorType)
                .name("stackTrace")
                .value(included)
                .endObject();
        return text;
    }

    /** @return the longest prefix of {@code text} whose JSON-quoted form (quotes aside) fits in {@code budget} */
    private static String prefixWithin(String text, int budget) {
        StringBuilder quoted = new StringBuilder(8);
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int next = Character.isHighSurrogate(text.charAt(end)) && end + 1 < text.length() ? end + 2 : end + 1;
            quoted.setLength(0);
            JsonWriter.appendQuoted(quoted, text.substring(end, next));
            int cost = utf8Length(quoted) - 2;
            if (used + cost > budget) {
                break;
            }
            used += cost;
            end = next;
        }
        return text.substring(0, end);
    }

    private static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
