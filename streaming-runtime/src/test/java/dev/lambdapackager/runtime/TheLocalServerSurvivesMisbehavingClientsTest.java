package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.internal.InvocationLoop;
import dev.lambdapackager.runtime.internal.RuntimeEnvironment;
import dev.lambdapackager.runtime.internal.api.RuntimeApiClient;
import dev.lambdapackager.runtime.internal.local.LocalServer;
import dev.lambdapackager.runtime.internal.log.RuntimeLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local dev server keeps serving whatever its clients do: a stray GET /next that hangs up loses no
 * invocation and leaves no busy state behind, a body over Lambda's 6 MB request limit is refused with 413
 * without being held, and a malformed request gets a 400 answer rather than a dropped connection.
 */
class TheLocalServerSurvivesMisbehavingClientsTest {

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private LocalServer server;
    private RuntimeApiClient client;

    @BeforeEach
    void start() throws Exception {
        RuntimeLog log = new RuntimeLog(
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8), LambdaLogger.Level.INFO, false);
        RuntimeEnvironment environment = new RuntimeEnvironment(Map.of());
        server = LocalServer.start("127.0.0.1", 0, environment, log);
        client = new RuntimeApiClient(server.address(), log);
        StreamingLambdaHandler echo = (event, writer, context) -> writer.writeAndFinish(event);
        Thread loop = new Thread(
                () -> {
                    try {
                        new InvocationLoop(client, echo, environment, log).run();
                    } catch (RuntimeException e) {
                        // the server closed at the end of the test
                    }
                },
                "local-runtime");
        loop.setDaemon(true);
        loop.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        client.close();
    }

    @Test
    void strayNextClientsThatHangUpLoseNoInvocation() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Socket stray = connect()) {
                stray.getOutputStream()
                        .write("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n"
                                .getBytes(ISO_8859_1));
                stray.getOutputStream().flush();
            }
        }
        Thread.sleep(200); // the strays' requests are waiting for an invocation, their connections closed

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri("/invoke"))
                            .timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"n\":" + i + "}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("invocation " + i).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"n\":" + i + "}");
        }
    }

    @Test
    void aBodyOverSixMegabytesIs413WithoutWaitingForIt() throws Exception {
        assertThat(exchange("POST /invoke HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000000\r\n\r\n"))
                .startsWith("HTTP/1.1 413 ");
        String chunkedHead = "POST /invoke HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(chunkedHead.getBytes(ISO_8859_1));
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < 7; i++) {
                out.write("100000\r\n".getBytes(ISO_8859_1));
                out.write(chunk);
                out.write("\r\n".getBytes(ISO_8859_1));
            }
            out.flush();
            assertThat(readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 413 ");
        }
        assertThat(invoke("{}").statusCode()).isEqualTo(200);
    }

    @Test
    void malformedRequestsAre400() throws Exception {
        assertThat(exchange("POST /invoke HTTP/1.1\r\nHost: x\r\nno colon here\r\nContent-Length: 2\r\n\r\n{}"))
                .startsWith("HTTP/1.1 400 ");
        assertThat(exchange(
                        "POST /invoke HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"))
                .startsWith("HTTP/1.1 400 ");
        assertThat(exchange("POST /invoke HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(20 * 1024)
                        + "\r\nContent-Length: 2\r\n\r\n{}"))
                .startsWith("HTTP/1.1 400 ");
        assertThat(invoke("{}").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> invoke(String event) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/invoke"))
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(event))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends raw bytes and returns the answer's head, or what came before the server closed. */
    private String exchange(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            answer.write(b);
            if (answer.toString(ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return answer.toString(ISO_8859_1);
    }

    private Socket connect() throws IOException {
        String[] hostPort = server.address().split(":", -1);
        Socket socket = new Socket(InetAddress.getByName(hostPort[0]), Integer.parseInt(hostPort[1]));
        socket.setSoTimeout(10_000);
        return socket;
    }

    private URI uri(String path) {
        return URI.create("http://" + server.address() + path);
    }
}
