package dev.lambdapackager.runtime.internal.compat;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Runs a {@code Class::method} handler with a stream signature, e.g. {@code (InputStream, OutputStream,
 * Context)}: what it writes streams as with {@link RequestStreamHandlerAdapter}; its return value is ignored,
 * and a method without an {@code OutputStream} answers {@code null}, as in AWS's Java runtime.
 *
 * <p>Links against aws-lambda-java-core only when the method takes a {@code Context}.
 */
public final class StreamMethodAdapter implements StreamingLambdaHandler {

    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final HandlerMethod handlerMethod;
    private final Method method;
    private final Object target;
    private final byte[] outputBuffer = new byte[ChunkingOutputStream.BUFFER_BYTES];

    /**
     * @param handlerMethod a method whose {@link HandlerMethod#streams()} is true
     * @param target the instance to call it on, or null for a static method
     */
    public StreamMethodAdapter(HandlerMethod handlerMethod, Object target) {
        this.handlerMethod = handlerMethod;
        this.method = handlerMethod.method();
        this.target = target;
        method.trySetAccessible(); // a public method inherited from a package-private class
    }

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter responseWriter, LambdaContext context)
            throws Exception {
        byte[] payload = new byte[event.remaining()];
        event.get(payload);
        ChunkingOutputStream output = new ChunkingOutputStream(responseWriter, outputBuffer);
        Object[] arguments = new Object[method.getParameterCount()];
        int next = 0;
        if (handlerMethod.takesInputStream()) {
            arguments[next++] = new ByteArrayInputStream(payload);
        }
        if (handlerMethod.takesOutputStream()) {
            arguments[next++] = output;
        }
        if (handlerMethod.takesContext()) {
            arguments[next] = new AwsContextAdapter(context);
        }
        HandlerMethod.invoke(method, target, arguments);
        if (!handlerMethod.takesOutputStream()) {
            output.write(JSON_NULL);
        }
        output.close();
    }
}
