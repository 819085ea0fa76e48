package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Holds on to 200 MB, 10 MB at a time (each array is zeroed, so its pages are really used). */
public class OutOfMemory implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            kept.add(new byte[10 * 1024 * 1024]);
            System.out.println("holding " + (kept.size() * 10) + " MB");
        }
        writer.writeAndFinish(ByteBuffer.wrap(("held " + kept.size() * 10 + " MB").getBytes()));
    }
}
