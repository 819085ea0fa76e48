package dev.lambdapackager.maven;

import dev.lambdapackager.packager.container.DockerSandbox;
import dev.lambdapackager.packager.invoke.EventSource;
import dev.lambdapackager.packager.invoke.FunctionZips;
import dev.lambdapackager.packager.invoke.InvocationResult;
import dev.lambdapackager.packager.invoke.InvokeException;
import dev.lambdapackager.packager.invoke.InvokeRequest;
import dev.lambdapackager.packager.invoke.Invoker;
import dev.lambdapackager.packager.model.PullPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs a zip the {@code archive} goal wrote as Lambda would, locally: its {@code bootstrap} in a container of the
 * zip's architecture shaped like Lambda's execution environment (the zip read-only at {@code /var/task}, a 512 MB
 * {@code /tmp}, a non-root user, the memory limited, no network), with the Runtime API served inside the
 * container. The response is printed as it streams; Lambda's {@code REPORT} line follows. Bound to no phase:
 * {@code mvn package lambda:invoke}.
 *
 * @since 0.1.0
 */
@Mojo(name = "invoke", threadSafe = true)
public class InvokeMojo extends AbstractLambdaMojo {

    /** Lambda's OS-only runtime image, {@code provided.al2023}. */
    public static final String DEFAULT_INVOKE_IMAGE = "public.ecr.aws/lambda/provided:al2023";

    /**
     * The function to run, by name, when the archive goal packaged several.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FUNCTION)
    private String function;

    /**
     * The OS image the function runs in, pulled for the zip's platform. Any Linux image of that architecture with
     * {@code /bin/sh} works, since the zip carries its own JRE.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.INVOKE_IMAGE, defaultValue = DEFAULT_INVOKE_IMAGE)
    private String invokeImage;

    /**
     * When to pull the invoke image: {@code ifNotPresent}, {@code always}, or {@code never}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PULL_POLICY, defaultValue = "ifNotPresent")
    private String pullPolicy;

    /**
     * The function's memory in MB (128 to 10240): the container's memory limit and
     * {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.MEMORY_SIZE, defaultValue = "128")
    private int memorySize;

    /**
     * Seconds one invocation may run (1 to 900); past it, Lambda's {@code Task timed out} and the function is
     * stopped.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TIMEOUT, defaultValue = "15")
    private int timeout;

    /**
     * Environment variables for the function, on top of those Lambda sets (which cannot be changed).
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> environment;

    /**
     * The event: inline JSON, or the path of a file holding it (relative to the project).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.EVENT, defaultValue = "{}")
    private String event;

    /**
     * How many times to send the event to the same sandbox: the first invocation is a cold start, the others warm.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.INVOCATIONS, defaultValue = "1")
    private int invocations;

    /**
     * Whether a function error, timeout, crash or init failure fails the build; {@code false} only reports it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON_ERROR, defaultValue = "true")
    private boolean failOnError;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("Lambda invoke")) {
            return;
        }
        List<InvocationResult> results;
        try {
            InvokeRequest request = request();
            results = new Invoker(DockerSandbox.factory(), new MavenLogListener(getLog()), System.out).invoke(request);
        } catch (InvokeException e) {
            getLog().debug(e);
            throw new MojoExecutionException(FailureMessages.of(e));
        }
        long failed = results.stream().filter(r -> r.outcome().failed()).count();
        if (failed == 0) {
            return;
        }
        String what =
                failed + " of " + results.size() + (results.size() == 1 ? " invocation" : " invocations") + " failed ("
                        + results.stream()
                                .filter(r -> r.outcome().failed())
                                .map(r -> r.outcome().name())
                                .distinct()
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")
                        + ")";
        if (failOnError) {
            throw new MojoFailureException("The function failed: " + what + "; see the log above. To report without"
                    + " failing the build, set -D" + PropertyNames.FAIL_ON_ERROR + "=false.");
        }
        getLog().warn("The function failed: " + what + "; not failing the build (" + PropertyNames.FAIL_ON_ERROR
                + "=false).");
    }

    private InvokeRequest request() throws MojoExecutionException, InvokeException {
        Path zip = FunctionZips.choose(outputDirectory().toPath(), function);
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        PullPolicy policy = PullPolicySetting.resolve(pullPolicy, session());
        if (invokeImage == null || invokeImage.isBlank()) {
            throw new MojoExecutionException(FailureMessages.element("invokeImage")
                    + " is empty; name a Linux image, e.g. " + DEFAULT_INVOKE_IMAGE);
        }
        return InvokeRequest.builder()
                .zip(zip)
                .functionName(name)
                .handler(handlerOf(name))
                .image(invokeImage.trim())
                .pullPolicy(policy)
                .memoryMb(memorySize)
                .timeout(Duration.ofSeconds(timeout))
                .environment(environment == null ? Map.of() : environment)
                .event(EventSource.read(event, project().getBasedir().toPath()))
                .invocations(invocations)
                .build();
    }

    /** The handler configured for the function, for {@code _HANDLER}; null when not configured here. */
    private String handlerOf(String name) {
        for (Function f : functions()) {
            if (name.equals(f.getName() == null ? null : f.getName().trim()) && f.getHandler() != null) {
                return f.getHandler().trim();
            }
        }
        String handler = handler();
        return handler == null || handler.isBlank() ? null : handler.trim();
    }
}
