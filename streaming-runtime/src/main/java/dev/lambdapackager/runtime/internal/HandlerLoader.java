package dev.lambdapackager.runtime.internal;

import dev.lambdapackager.runtime.StreamingLambdaHandler;
import dev.lambdapackager.runtime.internal.LambdaRuntimeException.Code;
import dev.lambdapackager.runtime.internal.api.ErrorReport;
import dev.lambdapackager.runtime.internal.compat.HandlerMethod;
import dev.lambdapackager.runtime.internal.compat.PojoHandlerAdapter;
import dev.lambdapackager.runtime.internal.compat.RequestHandlerTypes;
import dev.lambdapackager.runtime.internal.compat.RequestStreamHandlerAdapter;
import dev.lambdapackager.runtime.internal.compat.StreamMethodAdapter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;

/**
 * Finds the handler class by name and makes one instance, in the forms AWS's Java runtime accepts plus this
 * runtime's own: a {@link StreamingLambdaHandler} as it is; an AWS {@code RequestStreamHandler} through
 * {@link RequestStreamHandlerAdapter}; an AWS {@code RequestHandler<I, O>} through {@link PojoHandlerAdapter};
 * {@code Class::method} through {@link StreamMethodAdapter} or {@link PojoHandlerAdapter}, chosen by
 * {@link HandlerMethod}. Each adapter (and with it aws-lambda-java-core or aws-lambda-java-serialization) is loaded
 * only for its form, so a {@code StreamingLambdaHandler} needs neither jar.
 */
public final class HandlerLoader {

    private static final String REQUEST_STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";
    private static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";
    private static final String SERIALIZER_MARKER =
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer";
    private static final String SERIALIZATION_DEPENDENCY = "<dependency><groupId>com.amazonaws</groupId>"
            + "<artifactId>aws-lambda-java-serialization</artifactId><version>1.4.1</version></dependency>";

    private final ClassLoader classLoader;

    /** @param classLoader where handler classes are looked up */
    public HandlerLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * @param handlerName {@code pkg.Class} or {@code pkg.Class::method}, as in Lambda's handler setting (for a
     *        {@code StreamingLambdaHandler} the method part is ignored)
     * @return a new instance of the handler, adapted to {@link StreamingLambdaHandler}
     * @throws LambdaRuntimeException {@code CLASS_NOT_FOUND}, {@code INVALID_HANDLER}, {@code HANDLER_LINKAGE_ERROR}
     *         or {@code HANDLER_CONSTRUCTOR_ERROR}, with a message that names the class and the rule it breaks
     */
    public StreamingLambdaHandler load(String handlerName) {
        if (handlerName == null || handlerName.trim().isEmpty()) {
            throw new LambdaRuntimeException(
                    Code.INVALID_HANDLER,
                    "No handler class given: pass its name as the launcher's first argument or set _HANDLER");
        }
        String className = handlerName.trim();
        String methodName = null;
        int methodSeparator = className.lastIndexOf("::");
        if (methodSeparator >= 0) {
            methodName = className.substring(methodSeparator + 2);
            className = className.substring(0, methodSeparator);
            if (className.isEmpty() || methodName.isEmpty()) {
                throw new LambdaRuntimeException(
                        Code.INVALID_HANDLER,
                        "Invalid handler `" + handlerName.trim()
                                + "': write it as com.example.Handler or com.example.Handler::method");
            }
        }
        Class<?> handlerClass = findClass(className);
        try {
            if (StreamingLambdaHandler.class.isAssignableFrom(handlerClass)) {
                return (StreamingLambdaHandler) instantiate(handlerClass);
            }
            if (methodName != null) {
                return loadMethod(handlerClass, methodName);
            }
            if (implementsAws(handlerClass, REQUEST_STREAM_HANDLER)) {
                return RequestStreamHandlerAdapter.adapt(instantiate(handlerClass));
            }
            if (implementsAws(handlerClass, REQUEST_HANDLER)) {
                return loadRequestHandler(handlerClass);
            }
        } catch (LinkageError e) { // a class its signatures or constructor need is missing
            throw linkageError(className, e);
        }
        throw new LambdaRuntimeException(
                Code.INVALID_HANDLER,
                "Handler class " + className
                        + " implements none of dev.lambdapackager.runtime.StreamingLambdaHandler, "
                        + REQUEST_STREAM_HANDLER
                        + " and " + REQUEST_HANDLER + "; implement one of them, or name a method: " + className
                        + "::method");
    }

    private StreamingLambdaHandler loadRequestHandler(Class<?> handlerClass) {
        Type[] types = RequestHandlerTypes.of(handlerClass, awsInterface(handlerClass, REQUEST_HANDLER));
        if (types == null || types.length != 2) {
            throw new LambdaRuntimeException(
                    Code.INVALID_HANDLER,
                    "Handler class " + handlerClass.getName()
                            + " implements RequestHandler without type arguments; declare them, e.g. RequestHandler<Map<String,"
                            + " Object>, String>");
        }
        for (Type type : types) {
            if (!RequestHandlerTypes.isBindable(type)) {
                throw new LambdaRuntimeException(
                        Code.INVALID_HANDLER,
                        "Handler class " + handlerClass.getName()
                                + " implements RequestHandler with type parameter " + type + ", which has no bound to"
                                + " bind JSON to; give RequestHandler concrete type arguments");
            }
        }
        requireSerializationLibrary(handlerClass);
        Object handler = instantiate(handlerClass);
        Type output = Void.class.equals(types[1]) ? null : types[1];
        return PojoHandlerAdapter.forRequestHandler(handler, types[0], output);
    }

    private StreamingLambdaHandler loadMethod(Class<?> handlerClass, String methodName) {
        HandlerMethod handlerMethod = HandlerMethod.find(handlerClass, methodName);
        if (handlerMethod == null) {
            throw new LambdaRuntimeException(
                    Code.INVALID_HANDLER,
                    "Handler class " + handlerClass.getName()
                            + " has no public method " + methodName + " with a signature AWS's Java runtime accepts: "
                            + HandlerMethod.ACCEPTED_SIGNATURES);
        }
        Object target = Modifier.isStatic(handlerMethod.method().getModifiers()) ? null : instantiate(handlerClass);
        if (handlerMethod.streams()) {
            return new StreamMethodAdapter(handlerMethod, target);
        }
        if (handlerMethod.inputType() != null || handlerMethod.outputType() != null) {
            requireSerializationLibrary(handlerClass);
        }
        return PojoHandlerAdapter.forMethod(handlerMethod, target);
    }

    private Class<?> findClass(String className) {
        try {
            return Class.forName(className, true, classLoader);
        } catch (ClassNotFoundException e) {
            throw new LambdaRuntimeException(
                    Code.CLASS_NOT_FOUND,
                    "Handler class " + className
                            + " is not on the class path; check the handler name and that the function's jar is packaged",
                    e);
        } catch (ExceptionInInitializerError e) {
            throw new LambdaRuntimeException(
                    Code.HANDLER_CONSTRUCTOR_ERROR,
                    "The static initializer of handler class " + className + " threw " + e.getCause(),
                    e.getCause());
        } catch (LinkageError e) {
            throw linkageError(className, e);
        } catch (Error e) { // Java does not wrap an Error (an AssertionError, an OutOfMemoryError) thrown there
            throw new LambdaRuntimeException(
                    Code.HANDLER_CONSTRUCTOR_ERROR,
                    "The static initializer of handler class " + className + " threw "
                            + ErrorReport.of(e).describe(),
                    e);
        }
    }

    private static LambdaRuntimeException linkageError(String className, LinkageError e) {
        return new LambdaRuntimeException(
                Code.HANDLER_LINKAGE_ERROR, "Handler class " + className + " cannot be loaded: " + e, e);
    }

    private boolean implementsAws(Class<?> handlerClass, String interfaceName) {
        Class<?> awsInterface = awsInterface(handlerClass, interfaceName);
        return awsInterface != null && awsInterface.isAssignableFrom(handlerClass);
    }

    private static Class<?> awsInterface(Class<?> handlerClass, String interfaceName) {
        try {
            return Class.forName(interfaceName, false, handlerClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null; // aws-lambda-java-core is not on the class path, so the class cannot implement it
        }
    }

    private static void requireSerializationLibrary(Class<?> handlerClass) {
        try {
            Class.forName(SERIALIZER_MARKER, false, handlerClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new LambdaRuntimeException(
                    Code.INVALID_HANDLER,
                    "Handler class " + handlerClass.getName()
                            + " takes or returns objects bound to JSON, which needs aws-lambda-java-serialization on the class"
                            + " path; add " + SERIALIZATION_DEPENDENCY,
                    e);
        }
    }

    private static Object instantiate(Class<?> handlerClass) {
        String className = handlerClass.getName();
        if (handlerClass.isInterface() || Modifier.isAbstract(handlerClass.getModifiers())) {
            throw new LambdaRuntimeException(
                    Code.INVALID_HANDLER,
                    "Handler class " + className + " is " + (handlerClass.isInterface() ? "an interface" : "abstract")
                            + "; name a concrete class");
        }
        Constructor<?> constructor;
        try {
            constructor = handlerClass.getConstructor();
        } catch (NoSuchMethodException e) {
            boolean inner = handlerClass.getEnclosingClass() != null && !Modifier.isStatic(handlerClass.getModifiers());
            throw new LambdaRuntimeException(
                    Code.INVALID_HANDLER,
                    "Handler class " + className
                            + (inner
                                    ? " is a non-static inner class; make it static (or top-level) with a public no-argument constructor"
                                    : " has no public constructor without parameters; add one"),
                    e);
        }
        try {
            return constructor.newInstance();
        } catch (InstantiationException | IllegalAccessException e) {
            throw new LambdaRuntimeException(
                    Code.INVALID_HANDLER,
                    "Handler class " + className
                            + " cannot be instantiated (" + e.getMessage() + "); make it a public, concrete class"
                            + " with a public no-argument constructor",
                    e);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof LinkageError linkage && !(thrown instanceof ExceptionInInitializerError)) {
                throw linkageError(className, linkage); // e.g. a JDK module left out of the image
            }
            throw new LambdaRuntimeException(
                    Code.HANDLER_CONSTRUCTOR_ERROR,
                    "The constructor of handler class " + className + " threw " + thrown,
                    thrown);
        }
    }
}
