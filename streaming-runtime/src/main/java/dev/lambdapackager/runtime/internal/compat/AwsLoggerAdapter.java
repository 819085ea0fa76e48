package dev.lambdapackager.runtime.internal.compat;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;

/** The AWS {@link LambdaLogger} interface over the runtime's logger; messages without a level are INFO. */
final class AwsLoggerAdapter implements LambdaLogger {

    private final dev.lambdapackager.runtime.LambdaLogger logger;

    AwsLoggerAdapter(dev.lambdapackager.runtime.LambdaLogger logger) {
        this.logger = logger;
    }

    @Override
    public void log(String message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8), LogLevel.UNDEFINED);
    }

    @Override
    public void log(String message, LogLevel level) {
        logger.log(toRuntimeLevel(level), message);
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        log(new String(message, StandardCharsets.UTF_8), level);
    }

    private static dev.lambdapackager.runtime.LambdaLogger.Level toRuntimeLevel(LogLevel level) {
        if (level == null || level == LogLevel.UNDEFINED) {
            return dev.lambdapackager.runtime.LambdaLogger.Level.INFO; // AWS's log(message) has no level
        }
        return dev.lambdapackager.runtime.LambdaLogger.Level.valueOf(level.name());
    }
}
