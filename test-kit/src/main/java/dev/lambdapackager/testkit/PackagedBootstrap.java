package dev.lambdapackager.testkit;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One invocation of an unzipped function's {@code bootstrap} against a loopback Runtime API: on this machine, or in a
 * container at {@code /var/task} as on Lambda (for a JRE whose C library is newer than this machine's, like the
 * Debian trixie JDKs of the {@code :21} and {@code :25} test images).
 */
public final class PackagedBootstrap {

    private PackagedBootstrap() {}

    /**
     * Opens a zip built for this machine's architecture, checks its layout ({@link LambdaZip#checkLayout}), unzips it
     * into {@code taskRoot} and sends one event to its bootstrap; returns the response body.
     */
    public static String invokeZip(Path zip, Path taskRoot, String event) throws IOException, InterruptedException {
        try (LambdaZip lambdaZip = LambdaZip.open(zip)) {
            lambdaZip.checkLayout(LambdaZip.hostElfMachine());
            return invokeOnce(lambdaZip.unzipTo(taskRoot), event);
        }
    }

    /**
     * Checks a zip's layout ({@link LambdaZip#checkLayout}, ELF machine from {@code platform}), unzips it into
     * {@code taskRoot} and invokes it once in a container of {@code image}; returns the response body.
     */
    public static String invokeZipInContainer(String image, String platform, Path zip, Path taskRoot, String event)
            throws Exception {
        try (LambdaZip lambdaZip = LambdaZip.open(zip)) {
            lambdaZip.checkLayout(platform.endsWith("arm64") ? 183 : 62);
            return invokeOnceInContainer(image, platform, lambdaZip.unzipTo(taskRoot), event, "")
                    .response();
        }
    }

    /**
     * Like {@link #invokeOnce(Path, String)}, but runs {@code bootstrap} in a container of {@code image} (the host's
     * network, so that the loopback Runtime API is reachable) with the files at {@code /var/task}, their times kept.
     *
     * @param platform the container's platform, e.g. {@code linux/amd64}
     * @param jvmLog extra JVM options put in {@code JAVA_TOOL_OPTIONS} (e.g. {@code -Xlog:aot}), or ""
     * @return the response body and everything the container printed
     */
    public static ContainerInvocation invokeOnceInContainer(
            String image, String platform, Path taskRoot, String event, String jvmLog) throws Exception {
        try (LoopbackRuntimeApi api = LoopbackRuntimeApi.start()) {
            String requestId = api.enqueueInvocation(event);
            api.enqueueDrop(); // the runtime exits when the connection closes at its second GET /next
            Map<String, String> environment = new java.util.LinkedHashMap<>();
            environment.put("LAMBDA_TASK_ROOT", "/var/task");
            environment.put("AWS_LAMBDA_RUNTIME_API", api.address());
            environment.put("_HANDLER", "provided");
            environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128");
            if (!jvmLog.isEmpty()) {
                environment.put("JAVA_TOOL_OPTIONS", jvmLog);
            }
            CompletableFuture<TaskRootContainer.Result> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return TaskRootContainer.run(
                            image,
                            platform,
                            taskRoot,
                            environment,
                            List.of("/var/task/bootstrap"),
                            120,
                            TaskRootContainer.quiet());
                } catch (Exception e) {
                    throw new IllegalStateException("the container did not run: " + e.getMessage(), e);
                }
            });
            // The runtime exits at its second GET /next (dropped), so the container's end comes after the response;
            // waiting for it first gives a container slow to start (a busy machine) its full two minutes.
            TaskRootContainer.Result result = run.get(130, TimeUnit.SECONDS);
            RecordedRequest response;
            try {
                response = api.takePost();
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; container output:\n" + result.output(), e);
            }
            if (!response.path().equals("/2018-06-01/runtime/invocation/" + requestId + "/response")) {
                throw new AssertionError("expected the response of " + requestId + ", got " + response + " "
                        + response.bodyText() + "; container output:\n" + result.output());
            }
            return new ContainerInvocation(new String(response.body(), StandardCharsets.UTF_8), result.output());
        }
    }

    /** What one invocation in a container gave: the response body and the container's output. */
    public record ContainerInvocation(String response, String output) {}

    /** Sends one event and returns the function's response body; fails with the process output otherwise. */
    public static String invokeOnce(Path taskRoot, String event) throws IOException, InterruptedException {
        try (LoopbackRuntimeApi api = LoopbackRuntimeApi.start()) {
            String requestId = api.enqueueInvocation(event);
            try (BootstrapProcess process = BootstrapProcess.start(taskRoot, api.address(), Map.of())) {
                RecordedRequest response;
                try {
                    response = api.takePost();
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; bootstrap output:\n" + process.output(), e);
                }
                if (!response.path().equals("/2018-06-01/runtime/invocation/" + requestId + "/response")) {
                    throw new AssertionError("expected the response of " + requestId + ", got " + response + " "
                            + response.bodyText() + "; bootstrap output:\n" + process.output());
                }
                return new String(response.body(), StandardCharsets.UTF_8);
            }
        }
    }
}
