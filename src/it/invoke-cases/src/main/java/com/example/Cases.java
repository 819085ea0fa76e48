package com.example;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaResponseStreamWriter;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One function, many behaviours, chosen by the event's "case" (so that the IT packages, and trains, one handler
 * for all of them).
 */
public class Cases implements StreamingLambdaHandler {

    @Override
    public void handle(ByteBuffer event, LambdaResponseStreamWriter writer, LambdaContext context) throws Exception {
        String text = StandardCharsets.UTF_8.decode(event).toString();
        String kind = text.replaceAll("(?s).*\"case\"\\s*:\\s*\"([a-z-]+)\".*", "$1");
        switch (kind) {
            case "buffered":
                System.out.println("buffered case says hello to the log");
                writer.writeAndFinish(bytes(sandbox(text)));
                break;
            case "url":
                writer.writeStatusAndHeaders(
                        201, Map.of("Content-Type", "text/plain"), Map.of(), List.of("session=abc"));
                writer.write(bytes("created "));
                writer.write(bytes("it\n"));
                writer.finish();
                break;
            case "error":
                throw new IllegalArgumentException("no such order: 42");
            case "midstream":
                writer.write(bytes("first line\n"));
                throw new IllegalStateException("database went away");
            case "sleep":
                writer.write(bytes("sleeping\n"));
                Thread.sleep(600_000);
                writer.finish();
                break;
            case "oom": {
                // 200 MB held, 10 MB at a time; each array is zeroed, so its pages are really used.
                List<byte[]> kept = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    kept.add(new byte[10 * 1024 * 1024]);
                    System.out.println("holding " + (kept.size() * 10) + " MB");
                }
                writer.writeAndFinish(bytes("held " + kept.size() * 10 + " MB"));
                break;
            }
            default:
                throw new IllegalArgumentException("unknown case in " + text);
        }
    }

    /** What the function saw of its sandbox. */
    private static String sandbox(String event) throws IOException {
        return "event=" + event.trim()
                + " greeting=" + System.getenv("GREETING")
                + " memory=" + System.getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
                + " function=" + System.getenv("AWS_LAMBDA_FUNCTION_NAME")
                + " handler=" + System.getenv("_HANDLER")
                + " api=" + System.getenv("AWS_LAMBDA_RUNTIME_API")
                + " tz=" + System.getenv("TZ")
                + " uid=" + uid()
                + " taskWritable=" + Files.isWritable(Path.of("/var/task/bootstrap"))
                + " tmpWritable=" + Files.isWritable(Path.of("/tmp"))
                + " javaToolOptions=" + System.getenv("JAVA_TOOL_OPTIONS")
                + " network=" + String.join(",", interfaces());
    }

    private static String uid() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Uid:")) {
                return line.substring(4).trim().split("\\s+")[0];
            }
        }
        return "?";
    }

    /** Network interfaces other than loopback would mean a network beyond the Runtime API. */
    private static List<String> interfaces() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/net/dev"))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                names.add(line.substring(0, colon).trim());
            }
        }
        return names;
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
