package dev.lambdapackager.benchmarks.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The same function for the AWS RIC (and for the streaming runtime's RequestStreamHandler adapter). */
public final class RicBenchHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        BenchEvent request = BenchEvent.parse(input.readAllBytes());
        if (!request.isStream()) {
            output.write(BenchEvent.SMALL_ANSWER);
            return;
        }
        byte[] block = request.newBlock();
        BenchEvent.stampNow(block);
        for (long i = 0; i < request.writes(); i++) {
            output.write(block);
            output.flush();
        }
    }
}
