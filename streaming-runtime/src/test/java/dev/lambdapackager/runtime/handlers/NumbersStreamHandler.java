package dev.lambdapackager.runtime.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An unchanged AWS-style handler: writes 1, 2, 3, flushing after each, then the event. */
public class NumbersStreamHandler implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        for (int i = 1; i <= 3; i++) {
            output.write((i + "\n").getBytes(StandardCharsets.UTF_8));
            output.flush();
        }
        output.write(input.readAllBytes());
    }
}
