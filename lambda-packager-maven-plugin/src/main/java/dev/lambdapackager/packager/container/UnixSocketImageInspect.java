package dev.lambdapackager.packager.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One image inspect over the engine's local socket, in plain HTTP: a few milliseconds, where starting docker-java's
 * client takes half a second — which a JRE cache hit, that needs no engine, should not pay. Used only where
 * {@link DockerEndpoint} (the one place that decides which engine) says the engine is a unix socket without TLS,
 * whether DOCKER_HOST or a context named it; anything else (tcp, TLS) goes through docker-java.
 */
final class UnixSocketImageInspect {

    private static final Pattern ID = Pattern.compile("\"Id\"\\s*:\\s*\"(sha256:[0-9a-f]{64})\"");

    private UnixSocketImageInspect() {}

    /**
     * The id of the image named {@code reference}, empty when the engine has none.
     *
     * @throws IOException when the engine cannot be reached or answers something else than 200 or 404
     */
    static Optional<String> imageId(Path socket, String reference) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            String request = "GET /images/"
                    + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                            .replace("%2F", "/")
                            .replace("%3A", ":")
                    + "/json HTTP/1.1\r\nHost: docker\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            String response = new String(readAll(Channels.newInputStream(channel)), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(response.substring(9, 12));
            if (status == 404) {
                return Optional.empty();
            }
            Matcher id = ID.matcher(response);
            if (status != 200 || !id.find()) {
                throw new IOException("the engine answered the image inspect with HTTP " + status);
            }
            return Optional.of(id.group(1));
        } catch (RuntimeException e) {
            throw new IOException("unreadable answer from the engine: " + e, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
