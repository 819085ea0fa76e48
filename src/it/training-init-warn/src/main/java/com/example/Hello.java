package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;

public class Hello implements StreamingLambdaHandler {
    private final String table;

    public Hello() {
        // Set on Lambda, not in the builder container.
        table = System.getenv("TABLE_NAME");
        if (table == null) {
            throw new IllegalStateException("TABLE_NAME is not set");
        }
    }

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        writer.writeAndFinish(ByteBuffer.wrap(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
