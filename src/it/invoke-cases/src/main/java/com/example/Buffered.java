package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Answers at once with what it saw of its sandbox: the event, its environment, its user and its /var/task. */
public class Buffered implements StreamingLambdaHandler {
    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        String body = "event=" + StandardCharsets.UTF_8.decode(event)
                + " greeting=" + System.getenv("GREETING")
                + " memory=" + System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
                + " function=" + System.getenv("AWS_LAMBDA_FUNCTION_NAME")
                + " tz=" + System.getenv("TZ")
                + " user=" + System.getProperty("user.name") + "/" + uid()
                + " taskWritable=" + java.nio.file.Files.isWritable(java.nio.file.Path.of("/var/task/bootstrap"))
                + " tmpWritable=" + java.nio.file.Files.isWritable(java.nio.file.Path.of("/tmp"))
                + " java_tool_options=" + System.getenv("JAVA_TOOL_OPTIONS");
        System.out.println("Buffered handler says hello to the log");
        writer.writeAndFinish(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String uid() throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
            if (line.startsWith("Uid:")) {
                return line.substring(4).trim().split("\\s+")[0];
            }
        }
        return "?";
    }
}
