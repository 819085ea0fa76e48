package dev.lambdapackager.packager.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection to the engine the user chose ({@link DockerEndpoint} decides which), checked with a ping before
 * anything else is asked of it.
 */
public final class DockerEngine implements AutoCloseable {

    private final DockerEndpoint endpoint;
    private final DockerClient client;

    private DockerEngine(DockerEndpoint endpoint, DockerClient client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    /**
     * Connects to the engine the configuration names (see {@link DockerEndpoint}) and pings it within {@code timeout}.
     *
     * @throws PackagingException {@link Code#ENGINE_UNREACHABLE} naming the address tried, where it came
     *     from and how to start an engine
     */
    public static DockerEngine connect(Duration timeout) throws PackagingException {
        return connect(DockerEndpoint.resolve(), timeout);
    }

    /** Connects to {@code endpoint} and pings it within {@code timeout}. */
    public static DockerEngine connect(DockerEndpoint endpoint, Duration timeout) throws PackagingException {
        DockerClientConfig config = endpoint.config();
        // The ping gets its own short read timeout; the working client has none, because a build may print
        // nothing for minutes (jlink under emulation) while its log stream stays open.
        try (DockerHttpClient pingClient = httpClient(config, timeout, timeout)) {
            DockerClientImpl.getInstance(config, pingClient).pingCmd().exec();
        } catch (IOException | RuntimeException e) {
            throw unreachable(endpoint, e);
        }
        DockerClient client =
                DockerClientImpl.getInstance(config, new IdentityEncoding(httpClient(config, timeout, null)));
        return new DockerEngine(endpoint, client);
    }

    private static DockerHttpClient httpClient(DockerClientConfig config, Duration connect, Duration response) {
        ApacheDockerHttpClient.Builder builder = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(8)
                .connectionTimeout(connect);
        if (response != null) {
            builder.responseTimeout(response);
        }
        return builder.build();
    }

    private static PackagingException unreachable(DockerEndpoint endpoint, Exception e) {
        String cause = rootMessage(e);
        List<String> hints = new ArrayList<>();
        String lower = cause.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("permission denied")) {
            hints.add(
                    "this user may not use the socket: add it to the 'docker' group (then log in again) or use rootless Docker");
        } else {
            hints.add("start Docker (Docker Desktop, `sudo systemctl start docker`, or `dockerd &`)");
        }
        if (endpoint.source().contains("context")) {
            hints.add("or choose another context (`docker context ls`, then DOCKER_CONTEXT or `docker context use`)");
        }
        hints.add(
                "or point DOCKER_HOST at a running engine (e.g. unix:///run/user/1000/docker.sock, tcp://host:2376 with DOCKER_TLS_VERIFY=1;"
                        + " for Podman, with `podman system service` running: unix:///run/podman/podman.sock, rootless"
                        + " unix://$XDG_RUNTIME_DIR/podman/podman.sock)");
        return new PackagingException(
                Code.ENGINE_UNREACHABLE,
                "Cannot reach a Docker engine at " + endpoint.describe() + ": " + cause + ". To fix: "
                        + String.join("; ", hints) + ".",
                e);
    }

    /**
     * The innermost cause's message on one line. docker-java words an engine's error answer as
     * {@code Status 500: {"message":"..."}} followed by a newline; of that only the engine's message is kept.
     */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        Matcher body = ENGINE_ERROR.matcher(message.strip());
        if (body.matches()) {
            message = body.group(1).replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\");
        }
        return oneLine(message);
    }

    /** {@code text} with each run of line breaks and blanks as one space, and no trailing blank. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static final Pattern ENGINE_ERROR =
            Pattern.compile("(?s)Status \\d{3}: \\{\\s*\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*}");

    /** The docker-java client, for the classes of this package. */
    DockerClient client() {
        return client;
    }

    /** The configuration the client was made from (registry auth for pulls). */
    DockerClientConfig config() {
        return endpoint.config();
    }

    /** The engine's address, for messages. */
    public URI host() {
        return endpoint.host();
    }

    /** The engine's address and where it came from, for messages. */
    public DockerEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // Closing an idle HTTP client; nothing the user can act on.
        }
    }
}
