package dev.lambdapackager.runtime.internal.compat;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Picks the JSON serializer for a handler's input or output type as AWS's Java runtime does, from
 * aws-lambda-java-serialization: a {@code CustomPojoSerializer} service of the function if it has one; else, for
 * an aws-lambda-java-events type, the library's event serializer (Jackson with the events' mix-ins); else Gson
 * when the client context says the caller is Android; else Jackson.
 *
 * <p>Only {@link PojoHandlerAdapter} uses this class; it is the one place that links against the library.
 */
final class PojoSerializers {

    private static final String CUSTOM_SERIALIZER = "com.amazonaws.services.lambda.runtime.CustomPojoSerializer";

    private final ClassLoader classLoader;
    private final Object customSerializer;

    /**
     * @param classLoader the function's class loader: where the event classes and a custom serializer are found
     */
    PojoSerializers(ClassLoader classLoader) {
        this.classLoader = classLoader;
        this.customSerializer = loadCustomSerializer(classLoader);
    }

    /**
     * @param type the handler's input or output type
     * @param android true when the invocation's client context names the Android platform
     * @return the serializer for it
     */
    PojoSerializer<Object> forType(Type type, boolean android) {
        if (customSerializer != null) {
            return CustomSerializerBridge.serializer(customSerializer, type);
        }
        if (type instanceof Class && LambdaEventSerializers.isLambdaSupportedEvent(((Class<?>) type).getName())) {
            @SuppressWarnings("unchecked")
            Class<Object> eventClass = (Class<Object>) type;
            return LambdaEventSerializers.serializerFor(eventClass, classLoader);
        }
        return android
                ? GsonFactory.getInstance().getSerializer(type)
                : JacksonFactory.getInstance().getSerializer(type);
    }

    /** The function's one {@code CustomPojoSerializer} service, or null; more than one is an error. */
    private static Object loadCustomSerializer(ClassLoader classLoader) {
        Class<?> service;
        try {
            service = Class.forName(CUSTOM_SERIALIZER, false, classLoader);
        } catch (ClassNotFoundException e) {
            return null; // no aws-lambda-java-core: the function cannot implement the service
        }
        Iterator<?> providers = ServiceLoader.load(service, classLoader).iterator();
        if (!providers.hasNext()) {
            return null;
        }
        Object provider = providers.next();
        if (providers.hasNext()) {
            throw new IllegalStateException("More than one " + CUSTOM_SERIALIZER + " is listed in"
                    + " META-INF/services; AWS's Java runtime allows one: remove all but one");
        }
        return provider;
    }
}
