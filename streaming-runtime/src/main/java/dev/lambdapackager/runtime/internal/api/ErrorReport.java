package dev.lambdapackager.runtime.internal.api;

import dev.lambdapackager.runtime.internal.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A failure as the Runtime API wants it: an error type for the {@code Lambda-Runtime-Function-Error-Type}
 * header or trailer, and the JSON body {@code {"errorMessage", "errorType", "stackTrace": [...]}}.
 */
public final class ErrorReport {

    private final String errorType;
    private final byte[] json;

    private ErrorReport(String errorType, String message, StackTraceElement[] stackTrace) {
        this.errorType = errorType;
        List<String> frames = new ArrayList<>(stackTrace.length);
        for (StackTraceElement frame : stackTrace) {
            frames.add(frame.toString());
        }
        StringBuilder text = new StringBuilder(256);
        new JsonWriter(text).beginObject()
                .name("errorMessage").value(message == null ? "" : message)
                .name("errorType").value(errorType)
                .name("stackTrace").value(frames)
                .endObject();
        this.json = text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param failure what the handler threw
     * @return a report whose error type is the exception's class name, and whose message is its (localized)
     *         message or, as AWS's Java runtime does when there is none, its class name again
     */
    public static ErrorReport of(Throwable failure) {
        String message = failure.getLocalizedMessage();
        return new ErrorReport(failure.getClass().getName(), message == null ? failure.getClass().getName() : message,
                failure.getStackTrace());
    }

    /**
     * @param errorType the error type, e.g. {@code Runtime.ClassNotFound}
     * @param message what failed and what to do
     * @param cause the underlying failure, whose stack trace is reported; may be null
     * @return the report
     */
    public static ErrorReport of(String errorType, String message, Throwable cause) {
        return new ErrorReport(errorType, message, cause == null ? new StackTraceElement[0] : cause.getStackTrace());
    }

    /** @return the value for {@code Lambda-Runtime-Function-Error-Type} */
    public String errorType() {
        return errorType;
    }

    /** @return the JSON body, UTF-8 */
    public byte[] json() {
        return json.clone();
    }

    /** @return the JSON body in base64, for the {@code Lambda-Runtime-Function-Error-Body} trailer */
    public String base64() {
        return Base64.getEncoder().encodeToString(json);
    }
}
