package dev.lambdapackager.runtime.internal.compat;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;

/**
 * A function's own {@link CustomPojoSerializer} as a {@link PojoSerializer} for one type. A class of its own, so
 * that {@link PojoSerializers} links against aws-lambda-java-core only when the function has such a service.
 */
final class CustomSerializerBridge implements PojoSerializer<Object> {

    private final CustomPojoSerializer serializer;
    private final Type type;

    private CustomSerializerBridge(CustomPojoSerializer serializer, Type type) {
        this.serializer = serializer;
        this.type = type;
    }

    static PojoSerializer<Object> serializer(Object customSerializer, Type type) {
        return new CustomSerializerBridge((CustomPojoSerializer) customSerializer, type);
    }

    @Override
    public Object fromJson(InputStream input) {
        return serializer.fromJson(input, type);
    }

    @Override
    public Object fromJson(String input) {
        return serializer.fromJson(input, type);
    }

    @Override
    public void toJson(Object value, OutputStream output) {
        serializer.toJson(value, output, type);
    }
}
