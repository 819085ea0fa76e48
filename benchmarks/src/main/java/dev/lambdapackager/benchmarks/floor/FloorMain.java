package dev.lambdapackager.benchmarks.floor;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The plain-JVM floor: the least a Java runtime must do before its first {@code GET /next}: start, open a
 * socket, send the request, wait for the answer.
 */
public final class FloorMain {

    private FloorMain() {}

    public static void main(String[] args) throws Exception {
        String api = System.getenv("AWS_LAMBDA_RUNTIME_API");
        int colon = api.lastIndexOf(':');
        try (Socket socket = new Socket(api.substring(0, colon), Integer.parseInt(api.substring(colon + 1)))) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: " + api + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.getInputStream().read();
        }
    }
}
