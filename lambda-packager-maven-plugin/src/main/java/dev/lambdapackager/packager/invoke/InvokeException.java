package dev.lambdapackager.packager.invoke;

import java.util.List;
import java.util.Objects;

/**
 * Why a local invocation could not be run (not: why the function failed, which is an {@link InvocationResult}).
 * The message says what failed and what to do; the {@link Code} names the {@link InvokeRequest} settings to look
 * at, so that a front end can say where they live.
 */
public class InvokeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure this is, and which settings it is about. */
    public enum Code {
        /** No zip was found where the archive goal writes them. */
        NO_ZIP("function"),
        /** Several zips were found and none was chosen, or the chosen one does not exist. */
        FUNCTION_NOT_CHOSEN("function"),
        /** The zip cannot be read, or has no bootstrap or no JRE. */
        ZIP_UNUSABLE("function"),
        /** The event is neither JSON text nor a readable file. */
        INVALID_EVENT("event"),
        /** A number setting is out of range. */
        INVALID_MEMORY_SIZE("memorySize"),
        /** The timeout is out of range. */
        INVALID_TIMEOUT("timeout"),
        /** The invocation count is below one. */
        INVALID_INVOCATIONS("invocations"),
        /** An environment variable name is unusable or reserved by Lambda. */
        INVALID_ENVIRONMENT("environment"),
        /** No container engine answered. */
        ENGINE_UNREACHABLE(),
        /** The invoke image is not in the engine and may not be pulled. */
        IMAGE_MISSING("invokeImage", "pullPolicy"),
        /** Pulling the invoke image failed. */
        IMAGE_PULL_FAILED("invokeImage", "pullPolicy"),
        /** The invoke image is for another architecture than the zip. */
        IMAGE_WRONG_ARCHITECTURE("invokeImage"),
        /** The engine refused to create, feed or run the sandbox container, or it broke down. */
        SANDBOX_FAILED("invokeImage"),
        /** Reading local files failed. */
        IO_FAILURE(),
        /** Interrupted (Ctrl-C). */
        INTERRUPTED();

        // List.of(...) below: unmodifiable, though the checker only sees the List interface.
        @SuppressWarnings("ImmutableEnumChecker")
        private final List<String> settings;

        Code(String... settings) {
            this.settings = List.of(settings);
        }

        /** The settings to look at for this failure (configuration element names). */
        public List<String> settings() {
            return settings;
        }
    }

    private final Code code;

    public InvokeException(Code code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public InvokeException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The kind of failure. */
    public Code code() {
        return code;
    }
}
