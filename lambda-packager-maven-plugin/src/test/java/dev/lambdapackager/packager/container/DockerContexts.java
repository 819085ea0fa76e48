package dev.lambdapackager.packager.container;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * A Docker client configuration folder ({@code DOCKER_CONFIG}) with contexts, laid out as the {@code docker context
 * create} command writes it: {@code contexts/meta/<sha256 of the name>/meta.json}. Tests select it through system
 * properties, which docker-java reads like the environment variables (a test cannot set those); {@link #close()}
 * restores what was there.
 */
final class DockerContexts implements AutoCloseable {

    private static final String[] SETTINGS = {"DOCKER_CONFIG", "DOCKER_CONTEXT", "DOCKER_HOST"};

    private final Path folder;
    private final Map<String, String> previous = new java.util.HashMap<>();

    DockerContexts(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
        for (String name : SETTINGS) {
            previous.put(name, System.getProperty(name));
            System.clearProperty(name);
        }
        System.setProperty("DOCKER_CONFIG", folder.toString());
    }

    /** Adds a context whose engine is at {@code host}. */
    DockerContexts context(String name, String host) throws Exception {
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        Path meta = Files.createDirectories(folder.resolve("contexts/meta").resolve(hash));
        Files.writeString(
                meta.resolve("meta.json"),
                "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":" + "{\"Host\":\"" + host
                        + "\",\"SkipTLSVerify\":false}}}");
        return this;
    }

    /** Makes {@code name} the current context in {@code config.json}, as {@code docker context use} does. */
    DockerContexts current(String name) throws IOException {
        Files.writeString(folder.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"" + name + "\"}");
        return this;
    }

    /** Selects {@code name} through DOCKER_CONTEXT. */
    DockerContexts select(String name) {
        System.setProperty("DOCKER_CONTEXT", name);
        return this;
    }

    /** A unix socket file nobody listens on any more: an engine that was stopped. */
    static Path stoppedSocket(Path path) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
        }
        return path;
    }

    @Override
    public void close() {
        for (String name : SETTINGS) {
            if (previous.get(name) == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, previous.get(name));
            }
        }
    }
}
