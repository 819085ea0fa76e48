package dev.lambdapackager.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Podman's Docker-compatible service, asked directly on its unix socket: which engine answers there, whether it has an
 * image, which containers it created. The Podman IT needs this to prove that Podman, not the Docker engine every other
 * test uses, did the work. One HTTP/1.0 request per connection, so the answer ends where the connection does.
 */
public final class PodmanService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 30;

    private final String host;
    private final Path socket;

    private PodmanService(String host, Path socket) {
        this.host = host;
        this.socket = socket;
    }

    /**
     * The service at {@code dockerHost}, a {@code unix://} address as DOCKER_HOST spells it. Fails with a message that
     * says how to get one unless Podman answers there.
     */
    public static PodmanService at(String dockerHost) {
        if (dockerHost == null || !dockerHost.startsWith("unix://")) {
            throw new IllegalArgumentException("not a unix socket address: " + dockerHost);
        }
        PodmanService service = new PodmanService(dockerHost, Path.of(dockerHost.substring("unix://".length())));
        String engine;
        try {
            engine = service.engineName();
        } catch (IOException e) {
            throw new AssertionError(
                    "This test needs Podman's Docker-compatible service at " + dockerHost + ", and none answers ("
                            + e.getMessage() + "). Run `sudo scripts/test-env.sh up` from the repository root: it"
                            + " installs Podman and starts the service. On a machine without Podman, leave this IT out"
                            + " with -Dlambda.it.podman=false.",
                    e);
        }
        if (!engine.startsWith("Podman Engine ")) {
            throw new AssertionError("The engine at " + dockerHost + " is not Podman (its /version names " + engine
                    + "): this test must prove that packaging works through Podman.");
        }
        return service;
    }

    /** The engine's name and version from {@code GET /version}, e.g. {@code Podman Engine 4.3.1}. */
    public String engineName() throws IOException {
        JsonNode version = JSON.readTree(get("/version", 200));
        for (JsonNode component : version.path("Components")) {
            if (component.path("Name").asText().equals("Podman Engine")) {
                return "Podman Engine " + component.path("Version").asText();
            }
        }
        return version.path("Components").path(0).path("Name").asText("an engine without components") + " "
                + version.path("Version").asText();
    }

    /** Whether the service has {@code reference} (it cannot pull in CI either). */
    public boolean hasImage(String reference) throws IOException {
        return status("/images/" + reference + "/json") == 200;
    }

    /**
     * The images of the containers the service created from {@code sinceEpochSecond} on, grouped by which of {@code
     * minimumByLabel}'s labels ({@code key=value}) they carry, read from the service's event stream until every label
     * has at least its minimum or {@link #TIMEOUT_SECONDS} have passed; in the order they were created.
     *
     * <p>A stream, not a bounded query: Podman 4.3 ends an {@code until} query when the clock, not the log, reaches
     * {@code until}, so a query that ends a second from now came back empty when the service was slow to start
     * reading its log (seen in CI). Waiting for what is expected cannot miss it that way.
     */
    public Map<String, List<String>> containersCreated(long sinceEpochSecond, Map<String, Integer> minimumByLabel)
            throws IOException {
        Map<String, List<String>> images = new LinkedHashMap<>();
        minimumByLabel.keySet().forEach(label -> images.put(label, new ArrayList<>()));
        String filters = "{\"type\":[\"container\"],\"event\":[\"create\"]}";
        String request = "/events?stream=true&since=" + sinceEpochSecond + "&filters="
                + URLEncoder.encode(filters, StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(
                    ("GET " + request + " HTTP/1.0\r\nHost: podman\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            try (Selector selector = Selector.open()) {
                channel.register(selector, SelectionKey.OP_READ);
                ByteArrayOutputStream pending = new ByteArrayOutputStream();
                ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                boolean headerDone = false;
                while (!enough(images, minimumByLabel)) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0 || selector.select(left) == 0) {
                        break;
                    }
                    selector.selectedKeys().clear();
                    int read = channel.read(buffer);
                    if (read < 0) {
                        break;
                    }
                    pending.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                    String text = pending.toString(StandardCharsets.UTF_8);
                    if (!headerDone) {
                        int end = text.indexOf("\r\n\r\n");
                        if (end < 0) {
                            continue;
                        }
                        String status = text.split(" ", 3)[1];
                        if (!status.equals("200")) {
                            throw new IOException(
                                    "GET " + request + " on " + host + " answered " + status + ": " + text);
                        }
                        headerDone = true;
                        text = text.substring(end + 4);
                    }
                    int lineEnd = text.lastIndexOf('\n');
                    for (String line : text.substring(0, lineEnd + 1).lines().toList()) {
                        if (!line.isBlank()) {
                            classify(JSON.readTree(line), images);
                        }
                    }
                    pending.reset();
                    pending.write(text.substring(lineEnd + 1).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return images;
    }

    private static boolean enough(Map<String, List<String>> images, Map<String, Integer> minimumByLabel) {
        return minimumByLabel.entrySet().stream()
                .allMatch(want -> images.get(want.getKey()).size() >= want.getValue());
    }

    private static void classify(JsonNode event, Map<String, List<String>> images) {
        JsonNode attributes = event.path("Actor").path("Attributes");
        images.forEach((label, found) -> {
            String[] keyValue = label.split("=", 2);
            if (attributes.path(keyValue[0]).asText("").equals(keyValue[1])) {
                found.add(event.path("from").asText());
            }
        });
    }

    /** The address, for messages. */
    public String host() {
        return host;
    }

    private String get(String path, int expected) throws IOException {
        String[] response = exchange(path);
        int status = Integer.parseInt(response[0]);
        if (status != expected) {
            throw new IOException("GET " + path + " on " + host + " answered " + status + ": " + response[1]);
        }
        return response[1];
    }

    private int status(String path) throws IOException {
        return Integer.parseInt(exchange(path)[0]);
    }

    /** Status code and body of one GET, within {@link #TIMEOUT_SECONDS}: a hung service fails the test, not hangs it. */
    private String[] exchange(String path) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        CompletableFuture<String[]> answer = CompletableFuture.supplyAsync(() -> {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                channel.write(ByteBuffer.wrap(
                        ("GET " + path + " HTTP/1.0\r\nHost: podman\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                while (channel.read(buffer) >= 0) {
                    bytes.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                String text = bytes.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (!text.startsWith("HTTP/") || end < 0) {
                    throw new IOException("not an HTTP answer: " + text);
                }
                return new String[] {text.split(" ", 3)[1], text.substring(end + 4)};
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("no answer to GET " + path + " within " + TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof RuntimeException && e.getCause().getCause() != null
                            ? e.getCause().getCause()
                            : e.getCause();
            throw cause instanceof IOException io ? io : new IOException(cause.toString(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            channel.close();
        }
    }
}
