package dev.lambdapackager.runtime.internal.log;

import dev.lambdapackager.runtime.LambdaLogger;
import dev.lambdapackager.runtime.internal.json.JsonWriter;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;

/**
 * The runtime's and the handler's logger: one line per message on standard output, plain text or JSON
 * ({@code AWS_LAMBDA_LOG_FORMAT}), below {@code AWS_LAMBDA_LOG_LEVEL} dropped.
 */
public final class RuntimeLog implements LambdaLogger {

    private final PrintStream out;
    private final Level threshold;
    private final boolean json;
    private final String requestId;

    /**
     * @param out where lines go
     * @param threshold the least severe level written
     * @param json true for JSON lines, false for plain text
     */
    public RuntimeLog(PrintStream out, Level threshold, boolean json) {
        this(out, threshold, json, null);
    }

    private RuntimeLog(PrintStream out, Level threshold, boolean json, String requestId) {
        this.out = out;
        this.threshold = threshold;
        this.json = json;
        this.requestId = requestId;
    }

    /**
     * Reads the configuration Lambda gives a function.
     *
     * @param out where lines go
     * @param level {@code AWS_LAMBDA_LOG_LEVEL}, may be null (INFO)
     * @param format {@code AWS_LAMBDA_LOG_FORMAT}, may be null (plain text)
     * @return the logger
     */
    public static RuntimeLog configured(PrintStream out, String level, String format) {
        Level threshold = Level.INFO;
        String unknownLevel = null;
        if (level != null && !level.isEmpty()) {
            try {
                threshold = Level.valueOf(level.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                unknownLevel = level;
            }
        }
        RuntimeLog log = new RuntimeLog(out, threshold, "JSON".equalsIgnoreCase(format));
        if (unknownLevel != null) {
            log.log(
                    Level.WARN,
                    "AWS_LAMBDA_LOG_LEVEL is '" + unknownLevel
                            + "'; expected TRACE, DEBUG, INFO, WARN, ERROR or FATAL. Logging at INFO.");
        }
        return log;
    }

    /**
     * @param invocationRequestId the request id to put on every line
     * @return a logger with the same settings, for one invocation
     */
    public RuntimeLog forInvocation(String invocationRequestId) {
        return new RuntimeLog(out, threshold, json, invocationRequestId);
    }

    @Override
    public boolean isEnabled(Level level) {
        return level.compareTo(threshold) >= 0;
    }

    @Override
    public void log(Level level, String message) {
        if (!isEnabled(level)) {
            return;
        }
        String text = message == null ? "null" : message;
        StringBuilder line = new StringBuilder(text.length() + 64);
        if (json) {
            JsonWriter writer = new JsonWriter(line)
                    .beginObject()
                    .name("timestamp")
                    .value(Instant.now().toString())
                    .name("level")
                    .value(level.name())
                    .name("message")
                    .value(text);
            if (requestId != null) {
                writer.name("AWSRequestId").value(requestId);
            }
            writer.endObject();
        } else {
            line.append('[').append(level.name()).append("] ");
            if (requestId != null) {
                line.append(requestId).append(' ');
            }
            // Lambda makes one log event per line; a carriage return keeps a multi-line message in one event.
            line.append(text.replace('\n', '\r'));
        }
        out.println(line);
    }
}
