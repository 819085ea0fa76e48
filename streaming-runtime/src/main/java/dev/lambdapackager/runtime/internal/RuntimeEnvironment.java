package dev.lambdapackager.runtime.internal;

import java.util.Map;

/**
 * The environment variables the runtime reads, read once. Lambda sets the {@code AWS_*} ones; the
 * {@code LOCAL_LAMBDA_*} ones configure the local dev server.
 */
public final class RuntimeEnvironment {

    private final Map<String, String> variables;

    /** @param variables environment variables by name */
    public RuntimeEnvironment(Map<String, String> variables) {
        this.variables = variables;
    }

    /** @return the process's environment */
    public static RuntimeEnvironment fromSystem() {
        return new RuntimeEnvironment(System.getenv());
    }

    /** @return {@code AWS_LAMBDA_RUNTIME_API}, {@code host:port}, or null when unset */
    public String runtimeApi() {
        return get("AWS_LAMBDA_RUNTIME_API", null);
    }

    /** @return true when the runtime should serve a local Runtime API itself */
    public boolean localServerEnabled() {
        return runtimeApi() == null || "true".equalsIgnoreCase(get("LOCAL_LAMBDA_SERVER_ENABLED", "false"));
    }

    /** @return {@code LOCAL_LAMBDA_HOST}, default 127.0.0.1 */
    public String localHost() {
        return get("LOCAL_LAMBDA_HOST", "127.0.0.1");
    }

    /** @return {@code LOCAL_LAMBDA_PORT}, default 7000 */
    public int localPort() {
        return integer("LOCAL_LAMBDA_PORT", 7000);
    }

    /** @return {@code _HANDLER}, or null when unset */
    public String handler() {
        return get("_HANDLER", null);
    }

    /** @return {@code AWS_LAMBDA_FUNCTION_NAME}, default {@code local-function} */
    public String functionName() {
        return get("AWS_LAMBDA_FUNCTION_NAME", "local-function");
    }

    /** @return {@code AWS_LAMBDA_FUNCTION_VERSION}, default {@code $LATEST} */
    public String functionVersion() {
        return get("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    }

    /** @return {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE} in MB, default 128 */
    public int memorySizeMb() {
        return integer("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", 128);
    }

    /** @return {@code AWS_LAMBDA_LOG_GROUP_NAME}, default empty */
    public String logGroupName() {
        return get("AWS_LAMBDA_LOG_GROUP_NAME", "");
    }

    /** @return {@code AWS_LAMBDA_LOG_STREAM_NAME}, default empty */
    public String logStreamName() {
        return get("AWS_LAMBDA_LOG_STREAM_NAME", "");
    }

    /** @return {@code AWS_LAMBDA_LOG_LEVEL}, or null */
    public String logLevel() {
        return get("AWS_LAMBDA_LOG_LEVEL", null);
    }

    /** @return {@code AWS_LAMBDA_LOG_FORMAT}, or null */
    public String logFormat() {
        return get("AWS_LAMBDA_LOG_FORMAT", null);
    }

    private String get(String name, String fallback) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private int integer(String name, int fallback) {
        String value = get(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is '" + value + "'; expected a whole number", e);
        }
    }
}
