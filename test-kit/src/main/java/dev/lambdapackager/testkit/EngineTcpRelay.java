package dev.lambdapackager.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The Docker engine over TCP on loopback, for tests that must reach it as they would a remote engine (no shared
 * file system, so a bind mount could not work): relays 127.0.0.1:&lt;free port&gt; to the engine's unix socket, both
 * ways, half-closes included (an attached container's stdin ends that way). It records the first 64 KiB each client
 * sends, so a test can see what was asked of the engine. The engine's own configuration is left alone.
 */
public final class EngineTcpRelay implements AutoCloseable {

    private static final int RECORDED_PER_CONNECTION = 64 * 1024;

    private final ServerSocketChannel server;
    private final Path socket;
    private final Path requests;

    private EngineTcpRelay(ServerSocketChannel server, Path socket, Path requests) {
        this.server = server;
        this.socket = socket;
        this.requests = requests;
    }

    /**
     * Starts relaying to {@code socket}, recording into {@code requests} (created empty).
     *
     * @throws IOException when the port cannot be bound or the file written
     */
    public static EngineTcpRelay start(Path socket, Path requests) throws IOException {
        Files.write(requests, new byte[0]);
        ServerSocketChannel server =
                ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        EngineTcpRelay relay = new EngineTcpRelay(server, socket, requests);
        daemon(relay::accept, "engine-relay");
        return relay;
    }

    /** The engine's unix socket as DOCKER_HOST names it ({@code unix:///var/run/docker.sock} when unset). */
    public static Path engineSocket() {
        String host = System.getenv("DOCKER_HOST");
        if (host == null || host.isBlank()) {
            return Path.of("/var/run/docker.sock");
        }
        if (!host.startsWith("unix://")) {
            throw new IllegalStateException("DOCKER_HOST is " + host + ", not a unix socket to relay to");
        }
        return Path.of(host.substring("unix://".length()));
    }

    /** {@code tcp://127.0.0.1:<port>}, for DOCKER_HOST. */
    public String dockerHost() throws IOException {
        return "tcp://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(socket));
                daemon(() -> pump(client, engine, true), "engine-relay-in");
                daemon(
                        () -> {
                            pump(engine, client, false);
                            closeQuietly(client);
                            closeQuietly(engine);
                        },
                        "engine-relay-out");
            } catch (IOException e) {
                if (server.isOpen()) {
                    System.err.println("engine relay: " + e);
                }
            }
        }
    }

    private void pump(SocketChannel from, SocketChannel to, boolean record) {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        int recorded = 0;
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                if (record && recorded < RECORDED_PER_CONNECTION) {
                    int n = Math.min(buffer.remaining(), RECORDED_PER_CONNECTION - recorded);
                    byte[] bytes = new byte[n];
                    buffer.duplicate().get(bytes);
                    synchronized (this) {
                        Files.write(requests, bytes, StandardOpenOption.APPEND);
                    }
                    recorded += n;
                }
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // One side went away; the other follows when its pump ends.
        }
    }

    /** What the clients sent so far (the first 64 KiB of each connection), as ISO-8859-1 text. */
    public String requests() throws IOException {
        synchronized (this) {
            return new String(Files.readAllBytes(requests), StandardCharsets.ISO_8859_1);
        }
    }

    /** Stops accepting; open connections end with their clients. */
    @Override
    public void close() throws IOException {
        server.close();
    }

    private static void daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing.
        }
    }
}
