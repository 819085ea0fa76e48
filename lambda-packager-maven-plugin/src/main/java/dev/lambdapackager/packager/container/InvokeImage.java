package dev.lambdapackager.packager.container;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.lambdapackager.packager.invoke.InvokeException;
import dev.lambdapackager.packager.invoke.InvokeException.Code;
import dev.lambdapackager.packager.invoke.InvokeListener;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PullPolicy;

/**
 * The OS image a sandbox runs in, made present per the pull policy for the zip's platform and checked to be of
 * that architecture, as {@link BuilderImage} does for the builder image; never falls back to another one.
 */
final class InvokeImage {

    private InvokeImage() {}

    /**
     * Makes {@code reference} available for {@code architecture}.
     *
     * @throws InvokeException {@link Code#IMAGE_MISSING}, {@link Code#IMAGE_PULL_FAILED} or
     *     {@link Code#IMAGE_WRONG_ARCHITECTURE}
     */
    static void ensure(
            DockerEngine engine,
            String reference,
            Architecture architecture,
            PullPolicy policy,
            InvokeListener listener)
            throws InvokeException {
        InspectImageResponse image = policy == PullPolicy.ALWAYS ? null : inspect(engine, reference);
        boolean wrongArchitecture = image != null && !matches(image, architecture);
        if (image == null || (wrongArchitecture && policy == PullPolicy.IF_NOT_PRESENT)) {
            if (policy == PullPolicy.OFFLINE) {
                throw new InvokeException(
                        Code.IMAGE_MISSING,
                        "Invoke image " + reference + " is not in the Docker"
                                + " engine at " + engine.host()
                                + ", and Maven runs offline (-o), so it is not pulled. Load it"
                                + " first (`docker pull --platform " + architecture.platform() + " " + reference
                                + "` or `docker"
                                + " load`), or run without -o.");
            }
            if (policy == PullPolicy.NEVER) {
                throw new InvokeException(
                        Code.IMAGE_MISSING,
                        "Invoke image " + reference + " is not in the Docker"
                                + " engine at " + engine.host()
                                + ", and the pull policy is 'never'. Load it first (`docker pull"
                                + " --platform " + architecture.platform() + " " + reference
                                + "` or `docker load`), or allow"
                                + " pulling with pull policy 'ifNotPresent'.");
            }
            pull(engine, reference, architecture, listener);
            image = inspect(engine, reference);
            if (image == null) {
                throw new InvokeException(
                        Code.IMAGE_PULL_FAILED,
                        "Pulled invoke image " + reference
                                + " but the engine does not list it afterwards; check the image name.");
            }
        }
        if (!matches(image, architecture)) {
            throw new InvokeException(
                    Code.IMAGE_WRONG_ARCHITECTURE,
                    "Invoke image " + reference + " is "
                            + image.getOs() + "/" + image.getArch() + ", but the zip is for " + architecture
                            + " and runs in a "
                            + architecture.platform() + " image. Use an image built for " + architecture.platform()
                            + " (`docker pull --platform " + architecture.platform() + " " + reference + "`).");
        }
        listener.debug("Invoke image " + reference + " is " + image.getId() + " (" + image.getOs() + "/"
                + image.getArch() + ")");
    }

    private static void pull(DockerEngine engine, String reference, Architecture architecture, InvokeListener listener)
            throws InvokeException {
        PackagerListener progress = new PackagerListener() {
            @Override
            public void info(String message) {
                listener.info(message.replace("builder image", "invoke image"));
            }

            @Override
            public void warn(String message) {
                listener.info(message);
            }

            @Override
            public void debug(String message) {
                listener.debug(message);
            }
        };
        try {
            new ImagePull(engine, reference, architecture, progress).run();
        } catch (PackagingException e) {
            // The pull's own message speaks of the builder image; the same words fit the invoke image.
            String message = e.getMessage().replace("builder image", "invoke image");
            Code code = e.code() == PackagingException.Code.INTERRUPTED ? Code.INTERRUPTED : Code.IMAGE_PULL_FAILED;
            throw new InvokeException(code, message, e);
        }
    }

    private static boolean matches(InspectImageResponse image, Architecture architecture) {
        return "linux".equals(image.getOs())
                && architecture.dockerArchitecture().equals(image.getArch());
    }

    private static InspectImageResponse inspect(DockerEngine engine, String reference) throws InvokeException {
        try {
            return engine.client().inspectImageCmd(reference).exec();
        } catch (NotFoundException e) {
            return null;
        } catch (DockerException | IllegalArgumentException e) {
            throw new InvokeException(
                    Code.SANDBOX_FAILED,
                    "The Docker engine could not inspect invoke image " + reference + ": "
                            + DockerEngine.rootMessage(e),
                    e);
        }
    }
}
