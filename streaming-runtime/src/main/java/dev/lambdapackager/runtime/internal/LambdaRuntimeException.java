package dev.lambdapackager.runtime.internal;

/**
 * The runtime's one failure type: what went wrong between this process and the Runtime API, or while
 * loading the handler. The {@link Code} says which; init codes carry the error type Lambda expects.
 */
public final class LambdaRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What failed. */
    public enum Code {
        /** The Runtime API could not be reached at all. */
        CONNECTION_FAILED(null),
        /** The Runtime API closed the connection, or it broke, in the middle of an exchange. */
        CONNECTION_LOST(null),
        /** The Runtime API answered 500: the environment is broken and the runtime must exit. */
        RUNTIME_API_ERROR(null),
        /** The Runtime API answered a status the exchange does not allow. */
        UNEXPECTED_STATUS(null),
        /** The Runtime API's answer is not HTTP/1.1 this runtime can read. */
        MALFORMED_RESPONSE(null),
        /** An invocation arrived without a header it must have. */
        MISSING_HEADER(null),
        /** An invocation header has a value that cannot be used. */
        INVALID_HEADER(null),
        /** The handler class does not exist on the class path. */
        CLASS_NOT_FOUND("Runtime.ClassNotFound"),
        /** No handler was named, or the class named is not a handler. */
        INVALID_HANDLER("Runtime.InvalidHandler"),
        /** The handler's static initializer or constructor threw. */
        HANDLER_CONSTRUCTOR_ERROR("Runtime.HandlerConstructorError"),
        /**
         * A class the handler needs could not be linked (e.g. {@code NoClassDefFoundError}); the init error type is
         * the {@link LinkageError}'s own class name, so that the missing class stays visible.
         */
        HANDLER_LINKAGE_ERROR(null);

        private final String initErrorType;

        Code(String initErrorType) {
            this.initErrorType = initErrorType;
        }

        /** @return the {@code Lambda-Runtime-Function-Error-Type} for an init error, or null for others */
        public String initErrorType() {
            return initErrorType;
        }
    }

    private final Code code;
    private final String initErrorType;

    /**
     * @param code what failed
     * @param message what failed, with the bad value, and what to do
     */
    public LambdaRuntimeException(Code code, String message) {
        super(message);
        this.code = code;
        this.initErrorType = code.initErrorType();
    }

    /**
     * @param code what failed
     * @param message what failed, with the bad value, and what to do
     * @param cause the underlying failure
     */
    public LambdaRuntimeException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.initErrorType = code == Code.HANDLER_LINKAGE_ERROR && cause != null
                ? cause.getClass().getName()
                : code.initErrorType();
    }

    /** @return what failed */
    public Code code() {
        return code;
    }

    /**
     * @return the {@code Lambda-Runtime-Function-Error-Type} for an init error: the code's, or for
     *         {@link Code#HANDLER_LINKAGE_ERROR} the cause's class name; null for failures that are not init errors
     */
    public String initErrorType() {
        return initErrorType;
    }
}
