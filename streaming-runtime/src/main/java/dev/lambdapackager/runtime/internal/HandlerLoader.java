package dev.lambdapackager.runtime.internal;

import dev.lambdapackager.runtime.StreamingLambdaHandler;
import dev.lambdapackager.runtime.internal.LambdaRuntimeException.Code;
import dev.lambdapackager.runtime.internal.api.ErrorReport;
import dev.lambdapackager.runtime.internal.compat.RequestStreamHandlerAdapter;
import java.lang.reflect.InvocationTargetException;

/**
 * Finds the handler class by name and makes one instance: a {@link StreamingLambdaHandler} as it is, an AWS
 * {@code RequestStreamHandler} through {@link RequestStreamHandlerAdapter}. The adapter (and with it
 * aws-lambda-java-core) is loaded only in that second case, so the runtime works without that jar.
 */
public final class HandlerLoader {

    private static final String REQUEST_STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";
    private static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";

    private final ClassLoader classLoader;

    /** @param classLoader where handler classes are looked up */
    public HandlerLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * @param handlerName a class name, optionally followed by {@code ::method} as in Lambda's handler setting
     *        (the method is ignored: the interface decides which method runs)
     * @return a new instance of the handler
     * @throws LambdaRuntimeException {@code CLASS_NOT_FOUND}, {@code INVALID_HANDLER} or
     *         {@code HANDLER_CONSTRUCTOR_ERROR}, with a message that names the class
     */
    public StreamingLambdaHandler load(String handlerName) {
        if (handlerName == null || handlerName.trim().isEmpty()) {
            throw new LambdaRuntimeException(Code.INVALID_HANDLER,
                    "No handler class given: pass its name as the launcher's first argument or set _HANDLER");
        }
        String className = handlerName.trim();
        int methodSeparator = className.indexOf("::");
        if (methodSeparator >= 0) {
            className = className.substring(0, methodSeparator);
        }
        Class<?> handlerClass = findClass(className);
        if (StreamingLambdaHandler.class.isAssignableFrom(handlerClass)) {
            return (StreamingLambdaHandler) instantiate(handlerClass);
        }
        if (implementsAws(handlerClass, REQUEST_STREAM_HANDLER)) {
            return RequestStreamHandlerAdapter.adapt(instantiate(handlerClass));
        }
        String hint = implementsAws(handlerClass, REQUEST_HANDLER)
                ? " It implements RequestHandler, whose JSON binding this runtime does not do; implement"
                        + " RequestStreamHandler (or StreamingLambdaHandler) and parse the event yourself."
                : "";
        throw new LambdaRuntimeException(Code.INVALID_HANDLER, "Handler class " + className
                + " implements neither dev.lambdapackager.runtime.StreamingLambdaHandler nor "
                + REQUEST_STREAM_HANDLER + "." + hint);
    }

    private Class<?> findClass(String className) {
        try {
            return Class.forName(className, true, classLoader);
        } catch (ClassNotFoundException e) {
            throw new LambdaRuntimeException(Code.CLASS_NOT_FOUND, "Handler class " + className
                    + " is not on the class path; check the handler name and that the function's jar is packaged", e);
        } catch (ExceptionInInitializerError e) {
            throw new LambdaRuntimeException(Code.HANDLER_CONSTRUCTOR_ERROR, "The static initializer of handler class "
                    + className + " threw " + e.getCause(), e.getCause());
        } catch (LinkageError e) {
            throw new LambdaRuntimeException(Code.CLASS_NOT_FOUND, "Handler class " + className
                    + " cannot be loaded: " + e, e);
        } catch (Error e) { // Java does not wrap an Error (an AssertionError, an OutOfMemoryError) thrown there
            throw new LambdaRuntimeException(Code.HANDLER_CONSTRUCTOR_ERROR, "The static initializer of handler class "
                    + className + " threw " + ErrorReport.of(e).describe(), e);
        }
    }

    private boolean implementsAws(Class<?> handlerClass, String interfaceName) {
        try {
            return Class.forName(interfaceName, false, handlerClass.getClassLoader()).isAssignableFrom(handlerClass);
        } catch (ClassNotFoundException e) {
            return false; // aws-lambda-java-core is not on the class path, so the class cannot implement it
        }
    }

    private static Object instantiate(Class<?> handlerClass) {
        String className = handlerClass.getName();
        try {
            return handlerClass.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new LambdaRuntimeException(Code.INVALID_HANDLER,
                    "Handler class " + className + " has no constructor without parameters; add one", e);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new LambdaRuntimeException(Code.INVALID_HANDLER, "Handler class " + className
                    + " cannot be instantiated (" + e.getMessage() + "); make it a public, concrete class"
                    + " with a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new LambdaRuntimeException(Code.HANDLER_CONSTRUCTOR_ERROR,
                    "The constructor of handler class " + className + " threw " + e.getCause(), e.getCause());
        }
    }
}
