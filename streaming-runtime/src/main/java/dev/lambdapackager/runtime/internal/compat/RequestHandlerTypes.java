package dev.lambdapackager.runtime.internal.compat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the {@code I} and {@code O} of {@code RequestHandler<I, O>} for a handler class, through its generic
 * superclasses and superinterfaces, with type variables bound along the way ({@code class Fn extends
 * Base<Order>} where {@code Base<T> implements RequestHandler<T, String>} gives {@code Order, String}).
 *
 * <p>Java.base only: the interface is passed in as a {@link Class}, so this class does not link against
 * aws-lambda-java-core.
 */
public final class RequestHandlerTypes {

    private RequestHandlerTypes() {}

    /**
     * @param handlerClass the class that implements the interface
     * @param requestHandler {@code com.amazonaws.services.lambda.runtime.RequestHandler} as the handler's class
     *        loader sees it
     * @return the two type arguments, or null when the class implements the interface only raw (no type
     *         arguments anywhere on the way)
     */
    public static Type[] of(Class<?> handlerClass, Class<?> requestHandler) {
        return search(handlerClass, Map.of(), requestHandler);
    }

    /**
     * @param type an argument returned by {@link #of}
     * @return true when the type is concrete enough to bind JSON to: anything but a type variable whose only
     *         bound is {@code Object} (AWS's runtime refuses the same)
     */
    public static boolean isBindable(Type type) {
        if (!(type instanceof TypeVariable)) {
            return true;
        }
        for (Type bound : ((TypeVariable<?>) type).getBounds()) {
            if (!Object.class.equals(bound)) {
                return true;
            }
        }
        return false;
    }

    private static Type[] search(Type type, Map<TypeVariable<?>, Type> bindings, Class<?> target) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> ownBindings = Map.of();
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            Type[] resolved = new Type[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                resolved[i] = bindings.getOrDefault(arguments[i], arguments[i]);
            }
            if (raw.equals(target)) {
                return resolved;
            }
            TypeVariable<?>[] variables = raw.getTypeParameters();
            ownBindings = new HashMap<>();
            for (int i = 0; i < variables.length && i < resolved.length; i++) {
                ownBindings.put(variables[i], resolved[i]);
            }
        } else if (type instanceof Class) {
            raw = (Class<?>) type;
            if (raw.equals(target)) {
                return null; // implemented raw: no type arguments to bind to
            }
        } else {
            return null;
        }
        if (!target.isAssignableFrom(raw)) {
            return null;
        }
        for (Type superInterface : raw.getGenericInterfaces()) {
            Type[] found = search(superInterface, ownBindings, target);
            if (found != null) {
                return found;
            }
        }
        Type superclass = raw.getGenericSuperclass();
        return superclass == null ? null : search(superclass, ownBindings, target);
    }
}
