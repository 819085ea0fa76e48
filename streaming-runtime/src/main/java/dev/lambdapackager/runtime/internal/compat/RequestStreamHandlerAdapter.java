package dev.lambdapackager.runtime.internal.compat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;

/**
 * Runs an AWS {@link RequestStreamHandler} unchanged, streaming what it writes: each flush of its output
 * stream, or each full buffer, becomes one chunk. A handler that never flushes gets a buffered response.
 *
 * <p>Only this package refers to aws-lambda-java-core, and only when such a handler is configured.
 */
public final class RequestStreamHandlerAdapter implements StreamingLambdaHandler {

    private final RequestStreamHandler handler;
    // Reused: invocations run one at a time, and a fresh 64 KiB per invocation would be resident garbage.
    private final byte[] outputBuffer = new byte[ChunkingOutputStream.BUFFER_BYTES];

    private RequestStreamHandlerAdapter(RequestStreamHandler handler) {
        this.handler = handler;
    }

    /**
     * @param handler an instance of a class implementing {@link RequestStreamHandler}; typed as Object so that
     *        callers need not link against aws-lambda-java-core
     * @return a streaming handler running it
     */
    public static StreamingLambdaHandler adapt(Object handler) {
        return new RequestStreamHandlerAdapter((RequestStreamHandler) handler);
    }

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter responseWriter, LambdaContext context)
            throws Exception {
        byte[] payload = new byte[event.remaining()];
        event.get(payload);
        ChunkingOutputStream output = new ChunkingOutputStream(responseWriter, outputBuffer);
        handler.handleRequest(new ByteArrayInputStream(payload), output, new AwsContextAdapter(context));
        output.close();
    }
}
