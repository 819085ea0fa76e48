package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Streams a first line, then fails: the runtime ends the stream with error trailers. */
public class MidStreamError implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        writer.write(ByteBuffer.wrap("first line\n".getBytes(StandardCharsets.UTF_8)));
        throw new IllegalStateException("database went away");
    }
}
