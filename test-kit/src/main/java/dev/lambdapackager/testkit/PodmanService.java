package dev.lambdapackager.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * The images of the containers the service created from {@code sinceEpochSecond} until now that carry {@code
     * label} ({@code key=value}), from its event log, in the order they were created.
     */
    public List<String> containersCreated(long sinceEpochSecond, String label) throws IOException {
        String filters = "{\"type\":[\"container\"],\"event\":[\"create\"],\"label\":[\"" + label + "\"]}";
        // Podman 4.3 answers nothing at all when until is already past (measured): one second ahead, so the answer
        // ends a second from now and includes a create in the current second.
        long until = System.currentTimeMillis() / 1000 + 1;
        String body = get(
                "/events?since=" + sinceEpochSecond + "&until=" + until + "&filters="
                        + URLEncoder.encode(filters, StandardCharsets.UTF_8),
                200);
        List<String> images = new ArrayList<>();
        var events = JSON.getFactory().createParser(body);
        var iterator = JSON.readValues(events, JsonNode.class);
        while (iterator.hasNext()) {
            images.add(iterator.next().path("from").asText());
        }
        return images;
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
