package dev.lambdapackager.testkit;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One invocation of an unzipped function's {@code bootstrap} on this machine, against a loopback Runtime API. */
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
