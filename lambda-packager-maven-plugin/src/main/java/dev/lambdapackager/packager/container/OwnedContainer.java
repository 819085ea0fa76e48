package dev.lambdapackager.packager.container;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.lambdapackager.packager.model.Architecture;

/**
 * A container the plugin created and therefore removes: on {@link #close()}, and from a shutdown hook when the build
 * ends first (Ctrl-C, a stopped Maven). The builder container and the invoke sandbox are both made this way; each
 * names the engine's refusal ({@link Refusal}) in its own exception.
 */
final class OwnedContainer implements AutoCloseable {

    private final DockerEngine engine;
    private final String id;
    private final Thread removeOnExit;
    private boolean removed;

    private OwnedContainer(DockerEngine engine, String id) {
        this.engine = engine;
        this.id = id;
        this.removeOnExit = new Thread(this::removeQuietly, "lambda-packager-remove-" + id.substring(0, 12));
        Runtime.getRuntime().addShutdownHook(removeOnExit);
    }

    /**
     * Creates (does not start) the container {@code command} describes, which must ask for {@code architecture}'s
     * platform.
     *
     * @param what the container's kind in a message ("container", "sandbox container")
     * @throws Refusal when the engine refuses: the image is missing, is of another architecture, or anything else
     */
    static OwnedContainer create(
            DockerEngine engine, CreateContainerCmd command, String image, Architecture architecture, String what)
            throws Refusal {
        try {
            return new OwnedContainer(engine, command.exec().getId());
        } catch (NotFoundException e) {
            // Engine 20.10 answers 404 "image ... does not match the specified platform" for a platform mismatch.
            String message = DockerEngine.rootMessage(e);
            throw new Refusal(
                    message.contains("platform") ? Refusal.Kind.WRONG_ARCHITECTURE : Refusal.Kind.IMAGE_MISSING,
                    "The Docker engine cannot create a " + architecture.platform() + " " + what + " from " + image
                            + ": " + message,
                    e);
        } catch (DockerException | DockerClientException e) {
            throw new Refusal(
                    Refusal.Kind.OTHER,
                    "The Docker engine cannot create a " + what + " from " + image + ": " + DockerEngine.rootMessage(e),
                    e);
        }
    }

    /** The container id. */
    String id() {
        return id;
    }

    /** Removes the container (forcibly, with its anonymous volumes) unless it is gone already. */
    @Override
    public void close() {
        removeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnExit);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or ran.
        }
    }

    /** Removes the container now, keeping the shutdown hook; a failure leaves it for {@link #close()} or the hook. */
    synchronized void removeQuietly() {
        if (removed) {
            return;
        }
        try {
            engine.client()
                    .removeContainerCmd(id)
                    .withForce(true)
                    .withRemoveVolumes(true)
                    .exec();
        } catch (NotFoundException e) {
            // Gone already.
        } catch (RuntimeException e) {
            return; // Leave 'removed' false so a later call (close, the shutdown hook) tries again.
        }
        removed = true;
    }

    /** The engine would not create the container; {@link #getMessage()} says why, naming the image. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        /** What the refusal was about. */
        enum Kind {
            /** The image is not in the engine. */
            IMAGE_MISSING,
            /** The image is there, but not for the platform asked for. */
            WRONG_ARCHITECTURE,
            /** Anything else the engine answered. */
            OTHER
        }

        private final Kind kind;

        Refusal(Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }
}
