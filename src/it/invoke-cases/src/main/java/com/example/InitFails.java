package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;

/** Needs a setting nobody gave it: its constructor fails, so the runtime reports an init error. */
public class InitFails implements StreamingLambdaHandler {
    public InitFails() {
        if (System.getenv("TABLE_NAME") == null) {
            throw new IllegalStateException("TABLE_NAME is not set");
        }
    }

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        writer.writeAndFinish(ByteBuffer.wrap(new byte[0]));
    }
}
