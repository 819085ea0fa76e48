package dev.lambdapackager.runtime.handlers;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;

/** Answers each event with itself. */
public class EchoHandler implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter responseWriter, LambdaContext context)
            throws Exception {
        responseWriter.writeAndFinish(event);
    }
}
