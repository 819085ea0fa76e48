package dev.lambdapackager.runtime.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Implements RequestHandler without type arguments: there is no type to bind the event to. */
@SuppressWarnings("rawtypes")
public class RawRequestHandler implements RequestHandler {
    @Override
    public Object handleRequest(Object input, Context context) {
        return input;
    }
}
