package dev.lambdapackager.it;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs an unzipped function's {@code bootstrap} on this machine the way Lambda does — {@code LAMBDA_TASK_ROOT},
 * {@code AWS_LAMBDA_RUNTIME_API}, {@code _HANDLER}, memory size in the environment — against a loopback Runtime
 * API. Only for zips of this machine's architecture.
 */
public final class PackagedBootstrap {

    private PackagedBootstrap() {}

    /** Sends one event and returns the function's response body; fails with the process output otherwise. */
    public static String invokeOnce(Path taskRoot, String event) throws IOException, InterruptedException {
        Path log = taskRoot.resolveSibling(taskRoot.getFileName() + "-bootstrap.log");
        try (LoopbackRuntimeApi api = LoopbackRuntimeApi.start()) {
            String requestId = api.enqueueInvocation(event);
            ProcessBuilder builder = new ProcessBuilder(taskRoot.resolve("bootstrap").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("LAMBDA_TASK_ROOT", taskRoot.toString());
            builder.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
            builder.environment().put("_HANDLER", "provided");
            builder.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128");
            Process process = builder.start();
            try {
                RecordedRequest response;
                try {
                    response = api.takePost();
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; bootstrap output:\n" + Files.readString(log), e);
                }
                if (!response.path().equals("/2018-06-01/runtime/invocation/" + requestId + "/response")) {
                    throw new AssertionError("expected the response of " + requestId + ", got " + response + " "
                            + response.bodyText() + "; bootstrap output:\n" + Files.readString(log));
                }
                return new String(response.body(), StandardCharsets.UTF_8);
            } finally {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
