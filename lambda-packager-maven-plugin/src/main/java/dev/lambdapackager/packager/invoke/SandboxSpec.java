package dev.lambdapackager.packager.invoke;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PullPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Sandbox} is made of.
 *
 * @param zip the function's zip, unpacked to {@code /var/task}
 * @param architecture the zip's architecture, which the sandbox runs on
 * @param image the OS image the sandbox runs in
 * @param pullPolicy when to pull {@code image}
 * @param memoryMb the memory limit, in MB
 * @param timeout how long one invocation may run
 * @param environment the function's environment variables, complete (Lambda's and the user's)
 * @param functionArn the ARN the runtime is told it was invoked as
 */
public record SandboxSpec(
        Path zip,
        Architecture architecture,
        String image,
        PullPolicy pullPolicy,
        int memoryMb,
        Duration timeout,
        Map<String, String> environment,
        String functionArn) {

    /** Checks and copies. */
    public SandboxSpec {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(pullPolicy, "pullPolicy");
        Objects.requireNonNull(timeout, "timeout");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(functionArn, "functionArn");
    }
}
