package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

public class Hello implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        if (StandardCharsets.UTF_8.decode(event.duplicate()).toString().contains("\"fail\"")) {
            throw new IllegalStateException("no greeting for a failure");
        }
        writer.write(ByteBuffer.wrap("hello ".getBytes(StandardCharsets.UTF_8)));
        writer.write(event);
        writer.finish();
    }
}
