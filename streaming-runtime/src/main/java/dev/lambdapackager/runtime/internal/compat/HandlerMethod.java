package dev.lambdapackager.runtime.internal.compat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The method a {@code Class::method} handler names, chosen among its public overloads as AWS's Java runtime
 * chooses, and how its parameters and result are bound.
 *
 * <p>Accepted signatures (any return type; {@code I} is any type but {@code InputStream}, {@code OutputStream}
 * and {@code Context}): {@code ()}, {@code (I)}, {@code (Context)}, {@code (I, Context)}, {@code (InputStream)},
 * {@code (OutputStream)}, {@code (InputStream, OutputStream)}, {@code (InputStream, Context)},
 * {@code (OutputStream, Context)}, {@code (InputStream, OutputStream, Context)}. With several overloads of the
 * name, non-bridge methods come first, then longer parameter lists, a trailing {@code Context} counting as one
 * more parameter; the first overload with an accepted signature wins.
 *
 * <p>Java.base only: {@code Context} is recognised by its name, so resolving a method links nothing from
 * aws-lambda-java-core.
 */
public final class HandlerMethod {

    /** The class name of aws-lambda-java-core's {@code Context}. */
    public static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

    /** What a handler method is told in words, for messages. */
    public static final String ACCEPTED_SIGNATURES = "(), (I), (Context), (I, Context), (InputStream),"
            + " (OutputStream), (InputStream, OutputStream), (InputStream, Context), (OutputStream, Context) or"
            + " (InputStream, OutputStream, Context), where I is any type but InputStream, OutputStream and Context";

    private static final Comparator<Method> PRIORITY = new Comparator<Method>() {
        @Override
        public int compare(Method left, Method right) {
            if (left.isBridge() != right.isBridge()) {
                return left.isBridge() ? 1 : -1;
            }
            return Integer.compare(weight(right), weight(left));
        }
    };

    private final Method method;
    private final boolean streams;
    private final boolean takesInputStream;
    private final boolean takesOutputStream;
    private final boolean takesContext;
    private final Type inputType;
    private final Type outputType;

    private HandlerMethod(
            Method method,
            boolean streams,
            boolean takesInputStream,
            boolean takesOutputStream,
            boolean takesContext,
            Type inputType) {
        this.method = method;
        this.streams = streams;
        this.takesInputStream = takesInputStream;
        this.takesOutputStream = takesOutputStream;
        this.takesContext = takesContext;
        this.inputType = inputType;
        Type returned = method.getGenericReturnType();
        this.outputType = streams || isVoid(returned) ? null : returned;
    }

    /**
     * @param handlerClass the class named before {@code ::}
     * @param name the method named after it
     * @return the overload to run, or null when no public method of that name has an accepted signature
     */
    public static HandlerMethod find(Class<?> handlerClass, String name) {
        List<Method> candidates = new ArrayList<>();
        for (Method method : handlerClass.getMethods()) {
            if (method.getName().equals(name)) {
                candidates.add(method);
            }
        }
        candidates.sort(PRIORITY); // stable: equal overloads keep getMethods() order, as in AWS's runtime
        for (Method candidate : candidates) {
            HandlerMethod handlerMethod = bind(candidate);
            if (handlerMethod != null) {
                return handlerMethod;
            }
        }
        return null;
    }

    private static HandlerMethod bind(Method method) {
        Type[] parameters = method.getGenericParameterTypes();
        switch (parameters.length) {
            case 0:
                return new HandlerMethod(method, false, false, false, false, null);
            case 1:
                if (InputStream.class.equals(parameters[0])) {
                    return new HandlerMethod(method, true, true, false, false, null);
                }
                if (OutputStream.class.equals(parameters[0])) {
                    return new HandlerMethod(method, true, false, true, false, null);
                }
                if (isContext(parameters[0])) {
                    return new HandlerMethod(method, false, false, false, true, null);
                }
                return new HandlerMethod(method, false, false, false, false, parameters[0]);
            case 2:
                return bindTwo(method, parameters[0], parameters[1]);
            case 3:
                return InputStream.class.equals(parameters[0])
                                && OutputStream.class.equals(parameters[1])
                                && isContext(parameters[2])
                        ? new HandlerMethod(method, true, true, true, true, null)
                        : null;
            default:
                return null;
        }
    }

    private static HandlerMethod bindTwo(Method method, Type first, Type second) {
        if (OutputStream.class.equals(first)) {
            return isContext(second) ? new HandlerMethod(method, true, false, true, true, null) : null;
        }
        if (isContext(first)) {
            return null;
        }
        if (InputStream.class.equals(first)) {
            if (OutputStream.class.equals(second)) {
                return new HandlerMethod(method, true, true, true, false, null);
            }
            return isContext(second) ? new HandlerMethod(method, true, true, false, true, null) : null;
        }
        return isContext(second) ? new HandlerMethod(method, false, false, false, true, first) : null;
    }

    private static int weight(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        boolean contextLast = parameters.length > 0 && isContext(parameters[parameters.length - 1]);
        return parameters.length + (contextLast ? 1 : 0);
    }

    private static boolean isContext(Type type) {
        return type instanceof Class && ((Class<?>) type).getName().equals(CONTEXT);
    }

    private static boolean isVoid(Type type) {
        return void.class.equals(type) || Void.class.equals(type);
    }

    /** @return the method */
    public Method method() {
        return method;
    }

    /** @return true for the stream signatures, whose result is ignored */
    public boolean streams() {
        return streams;
    }

    /** @return true when an {@code InputStream} is passed */
    public boolean takesInputStream() {
        return takesInputStream;
    }

    /** @return true when an {@code OutputStream} is passed */
    public boolean takesOutputStream() {
        return takesOutputStream;
    }

    /** @return true when the last parameter is a {@code Context} */
    public boolean takesContext() {
        return takesContext;
    }

    /** @return the type the event is bound to, or null when the method takes no event (or a stream) */
    public Type inputType() {
        return inputType;
    }

    /** @return the type of the result to serialize, or null for void, {@code Void} and stream methods */
    public Type outputType() {
        return outputType;
    }

    /**
     * Calls a handler method, rethrowing what it threw as it was thrown.
     *
     * @param method the method
     * @param target the instance, or null for a static method
     * @param arguments the arguments
     * @return its result
     * @throws Exception what the method threw (an {@link Error} is thrown as is)
     */
    static Object invoke(Method method, Object target, Object[] arguments) throws Exception {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause() == null ? e : e.getCause();
            if (thrown instanceof Error error) {
                throw error;
            }
            throw thrown instanceof Exception exception ? exception : e;
        }
    }
}
