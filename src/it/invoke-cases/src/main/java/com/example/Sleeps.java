package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writes a line, then sleeps far past any test's timeout. */
public class Sleeps implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        writer.write(ByteBuffer.wrap("sleeping\n".getBytes(StandardCharsets.UTF_8)));
        Thread.sleep(600_000);
        writer.finish();
    }
}
