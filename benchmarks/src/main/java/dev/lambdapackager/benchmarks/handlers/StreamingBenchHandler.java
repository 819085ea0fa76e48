package dev.lambdapackager.benchmarks.handlers;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;

/** The benchmark's function on the streaming runtime. */
public final class StreamingBenchHandler implements StreamingLambdaHandler {

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        byte[] payload = new byte[event.remaining()];
        event.get(payload);
        BenchEvent request = BenchEvent.parse(payload);
        if (!request.isStream()) {
            writer.writeAndFinish(ByteBuffer.wrap(BenchEvent.SMALL_ANSWER));
            return;
        }
        byte[] block = request.newBlock();
        BenchEvent.stampNow(block);
        for (long i = 0; i < request.writes(); i++) {
            writer.write(ByteBuffer.wrap(block));
        }
        writer.finish();
    }
}
