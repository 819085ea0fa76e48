package dev.lambdapackager.runtime.handlers.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A generic base: subclasses fix the input type; the runtime must find it through the superclass. */
public abstract class JsonTextHandler<T> implements RequestHandler<T, String> {
    @Override
    public String handleRequest(T input, Context context) {
        return describe(input);
    }

    protected abstract String describe(T input);
}
