package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A function URL response: status and headers first (the prelude), then the body in two pieces. */
public class FunctionUrl implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        writer.writeStatusAndHeaders(201, Map.of("Content-Type", "text/plain"), Map.of(), List.of("session=abc"));
        writer.write(ByteBuffer.wrap("created ".getBytes(StandardCharsets.UTF_8)));
        writer.write(ByteBuffer.wrap("it\n".getBytes(StandardCharsets.UTF_8)));
        writer.finish();
    }
}
