package dev.lambdapackager.runtime;

/**
 * Writes log lines to standard output, where Lambda collects them into CloudWatch Logs.
 *
 * <p>Lines below {@code AWS_LAMBDA_LOG_LEVEL} (default {@code INFO}) are dropped. With
 * {@code AWS_LAMBDA_LOG_FORMAT=JSON} each line is a JSON object with {@code timestamp}, {@code level},
 * {@code message} and, inside an invocation, {@code AWSRequestId}; otherwise it is plain text.
 */
public interface LambdaLogger {

    /** Severity of a log line, from the most verbose to the most severe. */
    enum Level {
        /** Finest detail. */
        TRACE,
        /** Diagnostic detail. */
        DEBUG,
        /** Normal operation; the default threshold. */
        INFO,
        /** Something unexpected that the function survived. */
        WARN,
        /** A failed operation. */
        ERROR,
        /** A failure that ends the process. */
        FATAL
    }

    /**
     * Logs a message at {@link Level#INFO}.
     *
     * @param message the text; line breaks are kept inside one log event
     */
    default void log(String message) {
        log(Level.INFO, message);
    }

    /**
     * Logs a message at the given level, if that level is enabled.
     *
     * @param level the message's severity
     * @param message the text
     */
    void log(Level level, String message);

    /**
     * Tells whether messages at this level are written.
     *
     * @param level a severity
     * @return {@code true} when {@code level} is at or above the configured threshold
     */
    boolean isEnabled(Level level);
}
