package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.LambdaRuntime;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the numbers 1 to 10, one line each, a second apart: each {@code write} reaches the caller as it
 * happens, so a function URL in RESPONSE_STREAM mode shows them one by one. An event with {@code "pauseMillis": N}
 * sets another pause; the training event uses 0, so that packaging runs the whole code path without waiting nine
 * seconds in every build.
 */
public class SendNumbersWithPause implements StreamingLambdaHandler {

    private static final Pattern PAUSE = Pattern.compile("\"pauseMillis\"\\s*:\\s*(\\d{1,6})");

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter responseWriter, LambdaContext context)
            throws Exception {
        long pause = pauseMillis(StandardCharsets.UTF_8.decode(event).toString());
        for (int number = 1; number <= 10; number++) {
            if (number > 1 && pause > 0) {
                Thread.sleep(pause);
            }
            responseWriter.write(ByteBuffer.wrap((number + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        responseWriter.finish();
    }

    private static long pauseMillis(String event) {
        Matcher matcher = PAUSE.matcher(event);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 1000;
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
