package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The sample's {@code main} with no {@code AWS_LAMBDA_RUNTIME_API}: a local dev server whose {@code POST /invoke}
 * relays the numbers as they are written, read here with a real HTTP client.
 */
class TheLocalDevServerStreamsTheNumbersTest {

    @Test
    void postInvokeShowsTenLinesASecondApart() throws Exception {
        invoke("{}", lines -> {
            List<NumberStream.Arrival> arrivals = NumberStream.read(() -> lines.readLine() + "\n");
            NumberStream.assertLiveOneToTen(arrivals);
            assertThat(lines.readLine()).as("the response ends after 10").isNull();
            return null;
        });
    }

    /** The training event's {@code "pauseMillis": 0}: the same ten lines, without nine seconds of pauses. */
    @Test
    void theTrainingEventGetsTheTenLinesWithoutPauses() throws Exception {
        String event = Files.readString(Path.of("src/main/lambda-training/01-first-call.json"));
        long start = System.nanoTime();
        String body = invoke(event, lines -> {
            StringBuilder all = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                all.append(line).append('\n');
            }
            return all.toString();
        });
        assertThat(body).isEqualTo("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("no one-second pauses (nine of them would take nine seconds)")
                .isLessThan(Duration.ofSeconds(5));
    }

    /** What {@code reader} makes of the lines of the response to {@code event}, posted to a new local dev server. */
    private static String invoke(String event, LinesReader reader) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SendNumbersWithPause.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("AWS_LAMBDA_RUNTIME_API");
        builder.environment().put("LOCAL_LAMBDA_PORT", Integer.toString(port));
        Process server = builder.start();
        try {
            awaitListening(port, server);
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/invoke"))
                                    .POST(HttpRequest.BodyPublishers.ofString(event))
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                return reader.read(lines);
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private interface LinesReader {
        String read(BufferedReader lines) throws Exception;
    }

    private static void awaitListening(int port, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the local dev server is running").isTrue();
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the local dev server did not listen on port " + port + " within 30 s");
    }
}
