package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.LambdaRuntime;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Streams the numbers 1 to 10, one line each, a second apart: each {@code write} reaches the caller as it
 * happens, so a function URL in RESPONSE_STREAM mode shows them one by one.
 */
public class SendNumbersWithPause implements StreamingLambdaHandler {

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter responseWriter, LambdaContext context)
            throws Exception {
        for (int number = 1; number <= 10; number++) {
            if (number > 1) {
                Thread.sleep(1000);
            }
            responseWriter.write(ByteBuffer.wrap((number + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        responseWriter.finish();
    }

    /**
     * Runs the function without the packaged launcher: against Lambda's Runtime API when
     * {@code AWS_LAMBDA_RUNTIME_API} is set, else as a local dev server on 127.0.0.1:7000
     * ({@code curl --no-buffer -d '{}' localhost:7000/invoke}).
     */
    public static void main(String[] args) {
        new LambdaRuntime(new SendNumbersWithPause()).run();
    }
}
