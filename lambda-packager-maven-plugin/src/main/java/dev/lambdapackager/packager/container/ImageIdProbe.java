package dev.lambdapackager.packager.container;

import dev.lambdapackager.packager.model.PackagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the engine the user chose ({@link DockerEndpoint}), in the background, which image a name stands for now — for
 * checking a JRE cache hit without making the hit wait for docker-java's client to start (about half a second) or
 * need an engine at all.
 */
public final class ImageIdProbe {

    /** What the engine said. */
    public enum Outcome {
        /** The engine has an image under that name; {@link #id()} is its id. */
        PRESENT,
        /** The engine has no image under that name. */
        ABSENT,
        /** No engine answered (or it answered too late); {@link #engine()} says which was asked. */
        NO_ENGINE
    }

    private final CompletableFuture<Answer> answer;
    /** The engine being asked, known once the configuration is read (before it answers). */
    private volatile String asking = "the Docker engine (its configuration was not read in time)";

    private ImageIdProbe(CompletableFuture<Answer> answer) {
        this.answer = answer;
    }

    /** Starts asking about {@code reference}; the engine must answer within {@code timeout}. */
    public static ImageIdProbe start(String reference, Duration timeout) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        ImageIdProbe probe = new ImageIdProbe(answer);
        Thread thread = new Thread(() -> answer.complete(probe.ask(reference, timeout)), "lambda-packager-image-probe");
        thread.setDaemon(true);
        thread.start();
        return probe;
    }

    private Answer ask(String reference, Duration timeout) {
        DockerEndpoint endpoint;
        try {
            endpoint = DockerEndpoint.resolve();
        } catch (PackagingException e) {
            asking = "none (" + e.getMessage() + ")";
            return new Answer(Outcome.NO_ENGINE, null);
        }
        asking = endpoint.describe();
        try {
            Optional<String> id;
            Optional<Path> socket = endpoint.plainUnixSocket();
            if (socket.isPresent()) {
                id = UnixSocketImageInspect.imageId(socket.get(), reference);
            } else {
                try (DockerEngine engine = DockerEngine.connect(endpoint, timeout)) {
                    id = BuilderImage.presentId(engine, reference);
                }
            }
            return id.map(i -> new Answer(Outcome.PRESENT, i)).orElse(new Answer(Outcome.ABSENT, null));
        } catch (PackagingException | IOException | RuntimeException e) {
            return new Answer(Outcome.NO_ENGINE, null);
        }
    }

    /** What the engine said, waiting for it at most {@code limit}. */
    public Outcome outcome(Duration limit) {
        return await(limit).outcome;
    }

    /** The image's id when the outcome is {@link Outcome#PRESENT}. */
    public Optional<String> id() {
        Answer done = answer.getNow(null);
        return done == null ? Optional.empty() : Optional.ofNullable(done.id);
    }

    /**
     * The engine that was asked, for messages — {@code unix:///var/run/docker.sock (docker context 'ci' from
     * DOCKER_CONTEXT)} — whether or not it answered, or why none could be chosen.
     */
    public String engine() {
        return asking;
    }

    private Answer await(Duration limit) {
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Outcome.NO_ENGINE, null);
        } catch (ExecutionException | TimeoutException e) {
            return new Answer(Outcome.NO_ENGINE, null);
        }
    }

    private record Answer(Outcome outcome, String id) {}
}
