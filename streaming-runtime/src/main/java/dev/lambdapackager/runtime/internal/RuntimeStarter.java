package dev.lambdapackager.runtime.internal;

import dev.lambdapackager.runtime.LambdaLogger.Level;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import dev.lambdapackager.runtime.internal.api.ErrorReport;
import dev.lambdapackager.runtime.internal.api.RuntimeApiClient;
import dev.lambdapackager.runtime.internal.local.LocalServer;
import dev.lambdapackager.runtime.internal.log.RuntimeLog;
import java.io.IOException;

/**
 * Starts the runtime in a process: picks the Runtime API (Lambda's, or the local dev server), loads the
 * handler if it was named, and runs the invocation loop. Every way this can end is fatal, so it ends the JVM
 * with one log line and a non-zero status, as Lambda expects of a runtime.
 */
public final class RuntimeStarter {

    /** Exit status for every fatal failure: init error, lost connection, Runtime API error. */
    public static final int FAILURE_STATUS = 1;

    private final RuntimeEnvironment environment;
    private final RuntimeLog log;

    private RuntimeStarter(RuntimeEnvironment environment, RuntimeLog log) {
        this.environment = environment;
        this.log = log;
    }

    /** @return a starter configured from the process's environment variables */
    public static RuntimeStarter fromEnvironment() {
        RuntimeEnvironment environment = RuntimeEnvironment.fromSystem();
        return new RuntimeStarter(
                environment, RuntimeLog.configured(System.out, environment.logLevel(), environment.logFormat()));
    }

    /**
     * Runs a handler given in code. Does not return.
     *
     * @param handler the function
     */
    public void run(StreamingLambdaHandler handler) {
        RuntimeApiClient client = openClient();
        loop(client, handler);
    }

    /**
     * Loads the named handler class, reporting an init error if that fails, then runs it. Does not return.
     *
     * @param handlerName the handler's class name (optionally with {@code ::method}), or null
     */
    public void run(String handlerName) {
        RuntimeApiClient client = openClient();
        StreamingLambdaHandler handler = null;
        try {
            handler = new HandlerLoader(RuntimeStarter.class.getClassLoader()).load(handlerName);
        } catch (LambdaRuntimeException e) {
            reportInitError(client, e);
            exit(e);
        } catch (Throwable e) { // whatever else loading the handler threw is an init error too, never an escape
            reportUnexpectedInitError(client, e);
            exit(e);
        }
        loop(client, handler);
    }

    private RuntimeApiClient openClient() {
        String address = environment.runtimeApi();
        if (environment.localServerEnabled()) {
            try {
                LocalServer server =
                        LocalServer.start(environment.localHost(), environment.localPort(), environment, log);
                address = server.address();
                log.log(Level.INFO, server.usage());
            } catch (IOException | RuntimeException e) {
                log.log(
                        Level.FATAL,
                        "Cannot start the local Lambda server on " + environment.localHost() + ":"
                                + environment.localPort() + " (" + e.getMessage()
                                + "); set LOCAL_LAMBDA_PORT to a free port, or AWS_LAMBDA_RUNTIME_API to use a real one");
                System.exit(FAILURE_STATUS);
            }
        }
        try {
            return new RuntimeApiClient(address, log);
        } catch (LambdaRuntimeException e) { // AWS_LAMBDA_RUNTIME_API is not host:port
            exit(e);
            throw e;
        }
    }

    private void loop(RuntimeApiClient client, StreamingLambdaHandler handler) {
        try {
            new InvocationLoop(client, handler, environment, log).run();
        } catch (RuntimeException | Error e) {
            exit(e);
        }
    }

    private void reportInitError(RuntimeApiClient client, LambdaRuntimeException failure) {
        try {
            client.sendInitError(ErrorReport.of(failure.initErrorType(), failure.getMessage(), failure.getCause()));
        } catch (IOException | RuntimeException e) {
            log.log(
                    Level.ERROR,
                    "Could not report the init error to the Runtime API at " + client.address() + ": "
                            + e.getMessage());
        }
    }

    /** Reports a failure that has no init error type of its own: its class name is the type, as AWS's runtime does. */
    private void reportUnexpectedInitError(RuntimeApiClient client, Throwable failure) {
        try {
            client.sendInitError(ErrorReport.of(failure));
        } catch (IOException | RuntimeException e) {
            log.log(
                    Level.ERROR,
                    "Could not report the init error to the Runtime API at " + client.address() + ": "
                            + e.getMessage());
        }
    }

    private void exit(Throwable failure) {
        String message = failure instanceof LambdaRuntimeException
                ? failure.getMessage()
                : ErrorReport.of(failure).describe(); // not toString(), which a hostile failure may make throw
        log.log(Level.FATAL, message);
        System.exit(FAILURE_STATUS);
    }
}
