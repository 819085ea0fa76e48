package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

public class Shout implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        String text = StandardCharsets.UTF_8.decode(event).toString().toUpperCase(Locale.ROOT);
        writer.writeAndFinish(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }
}
