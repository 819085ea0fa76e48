package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;

/** Fails before writing anything: the runtime reports it to /error. */
public class ErrorBeforeBytes implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) {
        throw new IllegalArgumentException("no such order: 42");
    }
}
