package dev.lambdapackager.runtime.internal;

import dev.lambdapackager.runtime.StreamingLambdaHandler;
import dev.lambdapackager.runtime.internal.api.Invocation;
import dev.lambdapackager.runtime.internal.api.InvocationMetadata;
import dev.lambdapackager.runtime.internal.api.RuntimeApiClient;
import dev.lambdapackager.runtime.internal.log.RuntimeLog;
import java.io.IOException;

/**
 * The runtime's loop: fetch an invocation, run the handler, complete its response; again, on one connection.
 * Handler failures are reported to the Runtime API and the loop goes on; only a failure of the Runtime API
 * itself ends it.
 */
public final class InvocationLoop {

    /** The system property the AWS X-Ray SDK reads the current trace header from. */
    public static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";

    private final RuntimeApiClient client;
    private final StreamingLambdaHandler handler;
    private final RuntimeEnvironment environment;
    private final RuntimeLog log;

    /**
     * @param client the Runtime API connection
     * @param handler the function
     * @param environment the function's configuration, for the context
     * @param log the runtime's logger
     */
    public InvocationLoop(
            RuntimeApiClient client, StreamingLambdaHandler handler, RuntimeEnvironment environment, RuntimeLog log) {
        this.client = client;
        this.handler = handler;
        this.environment = environment;
        this.log = log;
    }

    /**
     * Serves invocations until the Runtime API fails.
     *
     * @throws LambdaRuntimeException always, in the end: the connection was lost or the Runtime API failed
     */
    public void run() {
        while (true) {
            try {
                serve(client.next());
            } catch (IOException e) {
                client.throwIfFailed();
                throw new LambdaRuntimeException(
                        LambdaRuntimeException.Code.CONNECTION_LOST,
                        "Lost the connection to the Runtime API at " + client.address() + ": " + e.getMessage(),
                        e);
            }
            // Also after an invocation whose handler caught, and swallowed, a failure its writer threw.
            client.throwIfFailed();
        }
    }

    private void serve(Invocation invocation) throws IOException {
        InvocationMetadata metadata = invocation.metadata();
        if (metadata.traceId() == null) {
            System.clearProperty(TRACE_PROPERTY);
        } else {
            System.setProperty(TRACE_PROPERTY, metadata.traceId());
        }
        RuntimeLog invocationLog = log.forInvocation(metadata.requestId());
        StreamingResponse response = new StreamingResponse(client, metadata.requestId(), invocationLog);
        Throwable failure = null;
        try {
            handler.handle(invocation.event(), response, new InvocationContext(metadata, environment, invocationLog));
        } catch (Throwable t) { // everything the handler throws is the handler's failure to report
            failure = t;
        }
        if (failure == null) {
            response.finishIfOpen();
        } else {
            response.fail(failure);
        }
    }
}
