package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

public class Hello implements StreamingLambdaHandler {
    // java.beans is in java.desktop: jdeps sees it, excludeModules leaves it out.
    private static final String NAME = java.beans.Introspector.decapitalize("Hello");

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        writer.writeAndFinish(ByteBuffer.wrap(NAME.getBytes(StandardCharsets.UTF_8)));
    }
}
