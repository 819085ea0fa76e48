package dev.lambdapackager.packager.container;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One short-lived builder container: created for the image's platform with no network, fed and emptied
 * through tar archives (no bind mounts, so remote and rootless engines work and nothing root-owned lands
 * in {@code target/}), run once with a time limit, and always removed — on success, failure or Ctrl-C.
 */
public final class BuilderContainer implements AutoCloseable {

    /** Label put on every builder container, so a leftover one can be found ({@code docker ps -a --filter label=...}). */
    public static final String LABEL = "dev.lambdapackager.builder";

    /** How long the engine may take to report the exit code once the log stream has ended. */
    private static final long EXIT_GRACE_MILLIS = 10_000;

    private final DockerEngine engine;
    private final OwnedContainer container;
    private final String id;

    private BuilderContainer(DockerEngine engine, OwnedContainer container) {
        this.engine = engine;
        this.container = container;
        this.id = container.id();
    }

    /**
     * Creates (does not start) a container that will run {@code command} as {@code user}.
     *
     * @param user {@code uid[:gid]} or a name known in the image; {@code null} for the image's default
     * @throws PackagingException {@link Code#IMAGE_WRONG_ARCHITECTURE} when the engine refuses the platform,
     *     {@link Code#CONTAINER_FAILED} for other refusals
     */
    public static BuilderContainer create(
            DockerEngine engine, BuilderImage image, List<String> command, Map<String, String> environment, String user)
            throws PackagingException {
        List<String> env = environment.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
        CreateContainerCmd cmd = engine.client()
                .createContainerCmd(image.reference())
                .withPlatform(image.architecture().platform())
                .withCmd(command)
                .withEntrypoint(List.of())
                .withEnv(env)
                .withWorkingDir("/")
                .withLabels(Map.of(LABEL, "true"))
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"));
        if (user != null) {
            cmd.withUser(user);
        }
        try {
            return new BuilderContainer(
                    engine, OwnedContainer.create(engine, cmd, image.reference(), image.architecture(), "container"));
        } catch (OwnedContainer.Refusal e) {
            Code code =
                    switch (e.kind()) {
                        case IMAGE_MISSING -> Code.IMAGE_MISSING;
                        case WRONG_ARCHITECTURE -> Code.IMAGE_WRONG_ARCHITECTURE;
                        case OTHER -> Code.CONTAINER_FAILED;
                    };
            throw new PackagingException(code, e.getMessage(), e.getCause());
        }
    }

    /** Unpacks a tar archive into {@code directory} (which must exist in the image, e.g. {@code /}). */
    public void copyIn(InputStream tar, String directory) throws PackagingException {
        try {
            engine.client()
                    .copyArchiveToContainerCmd(id)
                    .withTarInputStream(tar)
                    .withRemotePath(directory)
                    .exec();
        } catch (DockerException | DockerClientException e) {
            throw new PackagingException(
                    Code.CONTAINER_FAILED,
                    "Cannot copy the build inputs into the builder container: " + DockerEngine.rootMessage(e),
                    e);
        }
    }

    /**
     * Starts the container, hands each line it prints to {@code output}, and waits for it to exit.
     *
     * <p>The wait is the followed log stream, which the engine ends when the container exits; only then is the exit
     * code asked for. A wait request held open for the whole build costs nothing on Docker, but Podman before 4.5
     * spins a core for as long as one is open (containers/podman#18150), which made builds 25-50% slower there.
     *
     * @return the exit code
     * @throws PackagingException {@link Code#BUILD_TIMEOUT} after stopping it when it runs past {@code timeout}
     */
    public int run(Duration timeout, Consumer<String> output) throws PackagingException {
        LineCollector lines = new LineCollector(output);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            engine.client().startContainerCmd(id).exec();
            engine.client()
                    .logContainerCmd(id)
                    .withStdOut(true)
                    .withStdErr(true)
                    .withFollowStream(true)
                    .exec(lines);
            if (!lines.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw timedOut(timeout, lines);
            }
            // The stream ends as the container exits; the engine may record the exit a moment later. A stream that
            // broke early leaves the rest of the time limit to the wait.
            long left = Math.max(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()), EXIT_GRACE_MILLIS);
            Integer status;
            try {
                status = engine.client().waitContainerCmd(id).start().awaitStatusCode(left, TimeUnit.MILLISECONDS);
            } catch (DockerClientException e) {
                if (e.getMessage() != null && e.getMessage().contains("Awaiting status code timeout")) {
                    throw timedOut(timeout, lines);
                }
                throw e;
            }
            catchUp(lines);
            lines.flush();
            return status;
        } catch (DockerClientException e) {
            throw new PackagingException(
                    Code.CONTAINER_FAILED, "The builder container failed: " + DockerEngine.rootMessage(e), e);
        } catch (DockerException e) {
            throw new PackagingException(
                    Code.CONTAINER_FAILED, "The builder container failed: " + DockerEngine.rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackagingException(Code.INTERRUPTED, "Interrupted while the builder container ran", e);
        } finally {
            try {
                lines.close();
            } catch (IOException e) {
                // The log stream is done with either way.
            }
        }
    }

    private PackagingException timedOut(Duration timeout, LineCollector lines) {
        container.removeQuietly();
        lines.flush();
        return new PackagingException(
                Code.BUILD_TIMEOUT,
                "The build in the container did not finish within " + timeout.toSeconds() + " s and was stopped.");
    }

    /**
     * Hands on the output the follow stream missed. Engine 20.10's json-file follower ends when the container
     * exits, before an unterminated last line reaches it ({@code docker logs -f} loses it too), and that line is
     * often the error that matters; the finished log has it, after everything the stream already delivered.
     */
    private void catchUp(LineCollector lines) throws InterruptedException {
        long delivered = lines.received();
        ResultCallback.Adapter<Frame> rest = new ResultCallback.Adapter<>() {
            private long skip = delivered;

            @Override
            public void onNext(Frame frame) {
                byte[] payload = frame.getPayload();
                if (skip >= payload.length) {
                    skip -= payload.length;
                } else {
                    lines.accept(payload, (int) skip);
                    skip = 0;
                }
            }
        };
        engine.client()
                .logContainerCmd(id)
                .withStdOut(true)
                .withStdErr(true)
                .exec(rest)
                .awaitCompletion(5, TimeUnit.SECONDS);
    }

    /** A tar archive of {@code path} in the container, whose entries start with the last name of {@code path}. */
    public InputStream copyOut(String path) throws PackagingException {
        try {
            return engine.client().copyArchiveFromContainerCmd(id, path).exec();
        } catch (DockerException | DockerClientException e) {
            throw new PackagingException(
                    Code.CONTAINER_FAILED,
                    "Cannot copy " + path + " out of the builder container: " + DockerEngine.rootMessage(e),
                    e);
        }
    }

    /** The container id. */
    public String id() {
        return id;
    }

    /** Removes the container (forcibly, with its anonymous volumes). */
    @Override
    public void close() {
        container.close();
    }

    /** Reassembles the log stream's frames (arbitrary byte chunks) into lines. */
    private static final class LineCollector extends ResultCallback.Adapter<Frame> {
        private final Consumer<String> output;
        private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
        private long received;

        LineCollector(Consumer<String> output) {
            this.output = output;
        }

        @Override
        public synchronized void onNext(Frame frame) {
            received += frame.getPayload().length;
            accept(frame.getPayload(), 0);
        }

        /** Bytes the log stream delivered so far. */
        synchronized long received() {
            return received;
        }

        synchronized void accept(byte[] payload, int from) {
            for (int i = from; i < payload.length; i++) {
                if (payload[i] == '\n') {
                    emit();
                } else {
                    partial.write(payload[i]);
                }
            }
        }

        synchronized void flush() {
            if (partial.size() > 0) {
                emit();
            }
        }

        private void emit() {
            String line = partial.toString(java.nio.charset.StandardCharsets.UTF_8);
            partial.reset();
            output.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
    }
}
