package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.internal.InvocationLoop;
import dev.lambdapackager.runtime.internal.RuntimeEnvironment;
import dev.lambdapackager.runtime.internal.api.RuntimeApiClient;
import dev.lambdapackager.runtime.internal.local.LocalServer;
import dev.lambdapackager.runtime.internal.log.RuntimeLog;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local dev server runs the handler on POST /invoke and relays its response as it is written. */
class TheLocalServerRelaysInvocationsTest {

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private LocalServer server;
    private RuntimeApiClient client;

    @AfterEach
    void stop() throws Exception {
        server.close();
        client.close();
    }

    @Test
    void chunksReachTheCallerWhileTheHandlerIsStillRunning() throws Exception {
        CountDownLatch callerSawOne = new CountDownLatch(1);
        start((event, writer, context) -> {
            writer.write("1\n");
            if (!callerSawOne.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the caller never saw chunk 1");
            }
            writer.write("2\n");
        });

        HttpResponse<InputStream> response = http.send(invoke("{}"), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        InputStream body = response.body();
        assertThat(new String(body.readNBytes(2), UTF_8)).isEqualTo("1\n");
        callerSawOne.countDown();
        assertThat(new String(body.readAllBytes(), UTF_8)).isEqualTo("2\n");
    }

    @Test
    void aBufferedResponseComesBackWhole() throws Exception {
        start((event, writer, context) -> writer.writeAndFinish(event));

        HttpResponse<String> response = http.send(invoke("{\"echo\":true}"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"echo\":true}");
    }

    @Test
    void aFailedInvocationIsA500WithTheErrorJson() throws Exception {
        start((event, writer, context) -> {
            throw new IllegalArgumentException("bad event");
        });

        HttpResponse<String> response = http.send(invoke("{}"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Lambda-Runtime-Function-Error-Type"))
                .contains("java.lang.IllegalArgumentException");
        assertThat(response.body())
                .startsWith(
                        "{\"errorMessage\":\"bad event\"," + "\"errorType\":\"java.lang.IllegalArgumentException\"");
    }

    @Test
    void aSecondInvocationWhileOneRunsIsRefused() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start((event, writer, context) -> {
            firstStarted.countDown();
            release.await(30, TimeUnit.SECONDS);
            writer.writeAndFinish("first");
        });

        CompletableFuture<HttpResponse<String>> first =
                http.sendAsync(invoke("{}"), HttpResponse.BodyHandlers.ofString());
        assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> second = http.send(invoke("{}"), HttpResponse.BodyHandlers.ofString());
        release.countDown();

        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.body()).contains("Another invocation is in progress");
        assertThat(first.get(30, TimeUnit.SECONDS).body()).isEqualTo("first");
    }

    @Test
    void onlyPostIsAllowedOnInvoke() throws Exception {
        start((event, writer, context) -> writer.writeAndFinish("unused"));

        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri("/invoke")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void theStartLineSaysWhereItListensAndHowToInvoke() throws Exception {
        start((event, writer, context) -> writer.writeAndFinish("unused"));

        assertThat(server.usage())
                .isEqualTo("Local Lambda server listening on http://" + server.address()
                        + "/invoke; invoke with: curl --no-buffer -d '{}' http://" + server.address() + "/invoke");
    }

    private void start(StreamingLambdaHandler handler) throws Exception {
        RuntimeLog log = new RuntimeLog(
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8), LambdaLogger.Level.INFO, false);
        RuntimeEnvironment environment = new RuntimeEnvironment(Map.of());
        server = LocalServer.start("127.0.0.1", 0, environment, log);
        client = new RuntimeApiClient(server.address(), log);
        Thread loop = new Thread(
                () -> {
                    try {
                        new InvocationLoop(client, handler, environment, log).run();
                    } catch (RuntimeException e) {
                        // the server closed at the end of the test
                    }
                },
                "local-runtime");
        loop.setDaemon(true);
        loop.start();
    }

    private HttpRequest invoke(String event) {
        return HttpRequest.newBuilder(uri("/invoke"))
                .POST(HttpRequest.BodyPublishers.ofString(event))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://" + server.address() + path);
    }
}
