package com.example;

import com.example.core.Greeter;
import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

public class Hello implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        String text = StandardCharsets.UTF_8.decode(event).toString();
        writer.writeAndFinish(ByteBuffer.wrap(Greeter.greet(text).getBytes(StandardCharsets.UTF_8)));
    }
}
