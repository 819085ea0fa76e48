package dev.lambdapackager.runtime.internal.compat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import dev.lambdapackager.runtime.internal.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a handler with typed input and output, an AWS {@code RequestHandler<I, O>} or a {@code Class::method}
 * such as {@code Order handle(OrderEvent, Context)}, with the JSON binding of AWS's Java runtime: the event is
 * read into {@code I} and the result written as JSON by aws-lambda-java-serialization (see
 * {@link PojoSerializers}); {@code void} and {@code Void} answer {@code null}. The JSON goes out with
 * {@link LambdaResponseStreamWriter#writeAndFinish(ByteBuffer)}: one buffered response up to 6 MB, a stream
 * above.
 *
 * <p>Failures are reported as AWS's runtime reports them: what the handler throws as it is; an event that does not
 * bind as {@code RuntimeException("An error occurred during JSON parsing")}; a result that does not serialize as
 * {@code RuntimeException("An error occurred during JSON serialization of response")}, each with the cause.
 *
 * <p>Links against aws-lambda-java-serialization, and against aws-lambda-java-core only for a
 * {@code RequestHandler} or a method taking a {@code Context}.
 */
public final class PojoHandlerAdapter implements StreamingLambdaHandler {

    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final Invoker invoker;
    private final Type inputType;
    private final Type outputType;
    private final PojoSerializers serializers;
    private final PojoSerializer<Object> inputSerializer;
    private final PojoSerializer<Object> outputSerializer;
    private PojoSerializer<Object> androidInputSerializer;
    private PojoSerializer<Object> androidOutputSerializer;

    private PojoHandlerAdapter(Invoker invoker, Type inputType, Type outputType, ClassLoader classLoader) {
        this.invoker = invoker;
        this.inputType = inputType;
        this.outputType = outputType;
        this.serializers = inputType == null && outputType == null ? null : new PojoSerializers(classLoader);
        // Made now, as AWS's runtime does: a type Jackson cannot bind fails the init, and Jackson's start-up
        // cost is paid (and recorded by a training run) before the first invocation.
        this.inputSerializer = inputType == null ? null : serializers.forType(inputType, false);
        this.outputSerializer = outputType == null ? null : serializers.forType(outputType, false);
    }

    /**
     * @param handler an instance of a class implementing {@code RequestHandler}; typed as Object so that callers
     *        need not link against aws-lambda-java-core
     * @param inputType its {@code I}
     * @param outputType its {@code O}, or null when it is {@code Void}
     * @return a streaming handler running it
     */
    public static StreamingLambdaHandler forRequestHandler(Object handler, Type inputType, Type outputType) {
        return new PojoHandlerAdapter(
                new RequestHandlerInvoker(handler),
                inputType,
                outputType,
                handler.getClass().getClassLoader());
    }

    /**
     * @param handlerMethod a method whose {@link HandlerMethod#streams()} is false
     * @param target the instance to call it on, or null for a static method
     * @return a streaming handler running it
     */
    public static StreamingLambdaHandler forMethod(HandlerMethod handlerMethod, Object target) {
        Method method = handlerMethod.method();
        method.trySetAccessible(); // a public method inherited from a package-private class
        return new PojoHandlerAdapter(
                new MethodInvoker(handlerMethod, target),
                handlerMethod.inputType(),
                handlerMethod.outputType(),
                method.getDeclaringClass().getClassLoader());
    }

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter responseWriter, LambdaContext context)
            throws Exception {
        boolean android = isAndroid(context);
        Object input = null;
        if (inputType != null) {
            byte[] payload = new byte[event.remaining()];
            event.get(payload);
            try {
                input = inputSerializer(android).fromJson(new ByteArrayInputStream(payload));
            } catch (Throwable t) { // whatever the binding throws, AWS's runtime reports it this way
                throw new RuntimeException("An error occurred during JSON parsing", t);
            }
        }
        Object result = invoker.call(input, context);
        ResponseBuffer json = new ResponseBuffer();
        if (outputType == null) {
            json.write(JSON_NULL);
        } else {
            try {
                outputSerializer(android).toJson(result, json);
            } catch (Throwable t) {
                throw new RuntimeException("An error occurred during JSON serialization of response", t);
            }
        }
        responseWriter.writeAndFinish(json.contents());
    }

    private PojoSerializer<Object> inputSerializer(boolean android) {
        if (!android) {
            return inputSerializer;
        }
        if (androidInputSerializer == null) {
            androidInputSerializer = serializers.forType(inputType, true);
        }
        return androidInputSerializer;
    }

    private PojoSerializer<Object> outputSerializer(boolean android) {
        if (!android) {
            return outputSerializer;
        }
        if (androidOutputSerializer == null) {
            androidOutputSerializer = serializers.forType(outputType, true);
        }
        return androidOutputSerializer;
    }

    /** AWS's runtime binds with Gson instead of Jackson when the AWS Mobile SDK says it calls from Android. */
    private static boolean isAndroid(LambdaContext context) {
        Optional<String> clientContext = context.getClientContext();
        if (clientContext.isEmpty()) {
            return false;
        }
        try {
            Object parsed = JsonReader.parse(clientContext.get());
            Object environment = parsed instanceof Map ? ((Map<?, ?>) parsed).get("env") : null;
            Object platform = environment instanceof Map ? ((Map<?, ?>) environment).get("platform") : null;
            return platform instanceof String name && "Android".equalsIgnoreCase(name);
        } catch (RuntimeException e) {
            return false; // not JSON: no platform, as for AWS's runtime
        }
    }

    /** Calls the user's code with the bound input. */
    private interface Invoker {
        Object call(Object input, LambdaContext context) throws Exception;
    }

    /** {@code RequestHandler.handleRequest(input, context)}. */
    private static final class RequestHandlerInvoker implements Invoker {
        private final RequestHandler<Object, Object> handler;

        @SuppressWarnings("unchecked")
        RequestHandlerInvoker(Object handler) {
            this.handler = (RequestHandler<Object, Object>) handler;
        }

        @Override
        public Object call(Object input, LambdaContext context) {
            return handler.handleRequest(input, new AwsContextAdapter(context));
        }
    }

    /** The handler method, with the input and (if it takes one) the AWS context. */
    private static final class MethodInvoker implements Invoker {
        private final HandlerMethod handlerMethod;
        private final Object target;

        MethodInvoker(HandlerMethod handlerMethod, Object target) {
            this.handlerMethod = handlerMethod;
            this.target = target;
        }

        @Override
        public Object call(Object input, LambdaContext context) throws Exception {
            Object[] arguments = new Object[handlerMethod.method().getParameterCount()];
            int next = 0;
            if (handlerMethod.inputType() != null) {
                arguments[next++] = input;
            }
            if (handlerMethod.takesContext()) {
                arguments[next] = new AwsContextAdapter(context);
            }
            return HandlerMethod.invoke(handlerMethod.method(), target, arguments);
        }
    }

    /** A byte array stream whose contents can be sent without a copy. */
    private static final class ResponseBuffer extends ByteArrayOutputStream {
        ResponseBuffer() {
            super(1024);
        }

        ByteBuffer contents() {
            return ByteBuffer.wrap(buf, 0, count);
        }
    }
}
