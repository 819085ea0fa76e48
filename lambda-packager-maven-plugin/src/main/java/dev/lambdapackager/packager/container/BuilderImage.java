package dev.lambdapackager.packager.container;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.packager.model.PullPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * A builder image made ready for one architecture: present in the engine per the {@link PullPolicy} (never
 * pulled with {@link PullPolicy#NEVER} or {@link PullPolicy#OFFLINE}), and
 * inspected to really be for that architecture. Never falls back to another architecture.
 */
public final class BuilderImage {

    private final String reference;
    private final String id;
    private final Architecture architecture;

    private BuilderImage(String reference, String id, Architecture architecture) {
        this.reference = reference;
        this.id = id;
        this.architecture = architecture;
    }

    /**
     * Makes {@code reference} available for {@code architecture}.
     *
     * @throws PackagingException {@link Code#IMAGE_MISSING}, {@link Code#IMAGE_PULL_FAILED} or
     *     {@link Code#IMAGE_WRONG_ARCHITECTURE}
     */
    public static BuilderImage ensure(
            DockerEngine engine,
            String reference,
            Architecture architecture,
            PullPolicy policy,
            PackagerListener listener)
            throws PackagingException {
        Objects.requireNonNull(reference, "reference");
        InspectImageResponse image = policy == PullPolicy.ALWAYS ? null : inspect(engine, reference);
        boolean wrongArchitecture = image != null && !matches(image, architecture);
        if (image == null || (wrongArchitecture && policy == PullPolicy.IF_NOT_PRESENT)) {
            if (policy == PullPolicy.OFFLINE) {
                throw new PackagingException(
                        Code.IMAGE_MISSING,
                        "Builder image " + reference
                                + " is not in the Docker engine at " + engine.host()
                                + ", and Maven runs in offline mode (-o),"
                                + " which never pulls. Run the build once without -o to pull it, or load it yourself"
                                + " (`docker pull --platform " + architecture.platform() + " " + reference
                                + "` or `docker load`).");
            }
            if (policy == PullPolicy.NEVER) {
                throw new PackagingException(
                        Code.IMAGE_MISSING,
                        "Builder image " + reference
                                + " is not in the Docker engine at " + engine.host()
                                + ", and the pull policy is 'never'. Load it first"
                                + " (`docker pull --platform " + architecture.platform() + " " + reference
                                + "` or `docker load`),"
                                + " or allow pulling with pull policy 'ifNotPresent'.");
            }
            new ImagePull(engine, reference, architecture, listener).run();
            image = inspect(engine, reference);
            if (image == null) {
                throw new PackagingException(
                        Code.IMAGE_PULL_FAILED,
                        "Pulled builder image " + reference
                                + " but the engine does not list it afterwards; check the image name.");
            }
        }
        if (!matches(image, architecture)) {
            throw new PackagingException(
                    Code.IMAGE_WRONG_ARCHITECTURE,
                    "Builder image " + reference + " is "
                            + image.getOs() + "/" + image.getArch() + ", but architecture " + architecture + " needs a "
                            + architecture.platform()
                            + " image (its JVM makes the CDS archive). Use an image built for "
                            + architecture.platform() + " (`docker pull --platform " + architecture.platform() + " "
                            + reference
                            + "`), or change the architecture.");
        }
        listener.debug("Builder image " + reference + " is " + image.getId() + " (" + image.getOs() + "/"
                + image.getArch() + ")");
        return new BuilderImage(reference, image.getId(), architecture);
    }

    /** The id of the image the engine has under {@code reference}, if it has one; never pulls. */
    public static Optional<String> presentId(DockerEngine engine, String reference) throws PackagingException {
        return Optional.ofNullable(inspect(engine, reference)).map(InspectImageResponse::getId);
    }

    private static boolean matches(InspectImageResponse image, Architecture architecture) {
        return "linux".equals(image.getOs())
                && architecture.dockerArchitecture().equals(image.getArch());
    }

    private static InspectImageResponse inspect(DockerEngine engine, String reference) throws PackagingException {
        try {
            return engine.client().inspectImageCmd(reference).exec();
        } catch (NotFoundException e) {
            return null;
        } catch (DockerException | IllegalArgumentException e) {
            throw new PackagingException(
                    Code.CONTAINER_FAILED,
                    "The Docker engine could not inspect builder image " + reference + ": "
                            + DockerEngine.rootMessage(e),
                    e);
        }
    }

    /** The image name as configured. */
    public String reference() {
        return reference;
    }

    /** The engine's content id of the image ({@code sha256:...}). */
    public String id() {
        return id;
    }

    /** The architecture the image was checked to have. */
    public Architecture architecture() {
        return architecture;
    }
}
