package dev.lambdapackager.packager.invoke;

import dev.lambdapackager.packager.invoke.InvokeException.Code;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The environment Lambda gives a function on {@code provided.al2023}, then the user's variables. Lambda refuses
 * to let a function set the variables it sets itself; so does this.
 */
public final class LambdaEnvironment {

    /**
     * Where the sandbox serves the Runtime API: the container's own loopback. SandboxRuntimeApi (self-contained, so
     * it cannot import this) listens there; a test checks the two agree.
     */
    public static final String RUNTIME_API = "127.0.0.1:9001";
    /** The variable that tells SandboxRuntimeApi which variables are the function's (the rest are the image's). */
    public static final String FUNCTION_VARIABLES = "LP_FUNCTION_ENV";

    /** The region the sandbox says it is in unless the user's environment sets {@code AWS_REGION}. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** The account id in the function's ARN: twelve digits that are no real account. */
    static final String ACCOUNT = "000000000000";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Lambda's reserved names (AWS_REGION is reserved on Lambda; here it stands for the region to pretend). */
    private static final Set<String> RESERVED = Set.of(
            "_HANDLER",
            "_X_AMZN_TRACE_ID",
            "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE",
            "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_LAMBDA_RUNTIME_API",
            "LAMBDA_TASK_ROOT",
            "LAMBDA_RUNTIME_DIR",
            FUNCTION_VARIABLES);

    private LambdaEnvironment() {}

    /**
     * The complete environment.
     *
     * @param function the function's name
     * @param handler the handler, as {@code _HANDLER} carries it
     * @param memoryMb the memory size
     * @param user the user's variables, applied last
     * @throws InvokeException {@link Code#INVALID_ENVIRONMENT} for a bad or reserved name
     */
    public static Map<String, String> of(String function, String handler, int memoryMb, Map<String, String> user)
            throws InvokeException {
        String region = user.getOrDefault("AWS_REGION", DEFAULT_REGION);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_LAMBDA_RUNTIME_API", RUNTIME_API);
        env.put("_HANDLER", handler);
        env.put("LAMBDA_TASK_ROOT", "/var/task");
        env.put("LAMBDA_RUNTIME_DIR", "/var/runtime");
        env.put("AWS_LAMBDA_FUNCTION_NAME", function);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/[$LATEST]sandbox");
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        env.put("PATH", "/usr/local/bin:/usr/bin/:/bin:/opt/bin");
        env.put("LD_LIBRARY_PATH", "/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib");
        for (Map.Entry<String, String> variable : user.entrySet()) {
            String name = variable.getKey();
            if (!NAME.matcher(name).matches()) {
                throw new InvokeException(
                        Code.INVALID_ENVIRONMENT,
                        "Environment variable name '" + name + "' is not"
                                + " valid: use letters, digits and underscores, starting with a letter.");
            }
            if (RESERVED.contains(name)) {
                throw new InvokeException(
                        Code.INVALID_ENVIRONMENT,
                        "Environment variable " + name + " is set by"
                                + " Lambda and cannot be changed; remove it from the environment.");
            }
            env.put(name, variable.getValue() == null ? "" : variable.getValue());
        }
        return env;
    }

    /** The ARN the function is told it was invoked as. */
    public static String functionArn(String function, Map<String, String> environment) {
        return "arn:aws:lambda:" + environment.getOrDefault("AWS_REGION", DEFAULT_REGION) + ":" + ACCOUNT + ":function:"
                + function;
    }
}
