package dev.lambdapackager.runtime;

import dev.lambdapackager.runtime.internal.RuntimeStarter;
import java.util.Objects;

/**
 * Runs a {@link StreamingLambdaHandler} against the Lambda Runtime API: fetch an invocation, call the handler,
 * send its response, and again, on one keep-alive connection.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     new LambdaRuntime((event, writer, context) -> writer.writeAndFinish("hello")).run();
 * }
 * }</pre>
 *
 * <p>The Runtime API's address comes from {@code AWS_LAMBDA_RUNTIME_API}. When that is unset (or
 * {@code LOCAL_LAMBDA_SERVER_ENABLED=true}), the runtime serves a local one on {@code 127.0.0.1:7000}
 * ({@code LOCAL_LAMBDA_HOST}, {@code LOCAL_LAMBDA_PORT}) where {@code POST /invoke} runs the handler and
 * relays its response as it is written.
 */
public final class LambdaRuntime {

    private final StreamingLambdaHandler handler;

    /**
     * Creates a runtime for one handler.
     *
     * @param handler the function; called once per invocation
     */
    public LambdaRuntime(StreamingLambdaHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Serves invocations until the process ends. Does not return: when the Runtime API answers 500 or the
     * connection is lost, it logs one line saying so and exits the JVM with a non-zero status, as Lambda
     * expects of a runtime.
     */
    public void run() {
        RuntimeStarter.fromEnvironment().run(handler);
    }
}
