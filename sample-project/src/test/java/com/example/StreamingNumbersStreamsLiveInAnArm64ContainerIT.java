package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.testkit.LambdaZip;
import dev.lambdapackager.testkit.TaskRootContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The zip `mvn package` built for arm64, run as Lambda runs it: unzipped to /var/task in a linux/arm64 container,
 * its bootstrap started with Lambda's environment against a loopback Runtime API of this test. Two invocations on
 * one process, each streaming live.
 */
class StreamingNumbersStreamsLiveInAnArm64ContainerIT {

    @Test
    void streamsOneToTenASecondApartTwiceAndUsesItsCdsArchive() throws Exception {
        Path task = Files.createDirectories(Path.of("target/e2e-arm64")).resolve("task");
        try (LambdaZip zip =
                LambdaZip.open(Path.of("target/lambda-packager/outputs/StreamingNumbers/StreamingNumbers.zip"))) {
            zip.checkLayout(183);
            if (Files.exists(task)) {
                try (var walk = Files.walk(task)) {
                    walk.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            zip.unzipTo(task.toAbsolutePath());
        }
        String image = System.getProperty("lambda.it.builderImage.arm64");
        try (LoopbackRuntimeApi api = LoopbackRuntimeApi.start()) {
            String first = api.enqueueInvocation("{}");
            String second = api.enqueueInvocation("{}");
            api.enqueueDrop(); // the third GET /next ends the process
            Map<String, String> lambdaEnvironment = Map.of(
                    "LAMBDA_TASK_ROOT", "/var/task",
                    "AWS_LAMBDA_RUNTIME_API", api.address(),
                    "_HANDLER", "provided",
                    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128",
                    // Shows where each class came from, so the test can tell the CDS archive was really used.
                    "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info");
            CompletableFuture<TaskRootContainer.Result> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return TaskRootContainer.run(
                            image,
                            "linux/arm64",
                            task.toAbsolutePath(),
                            lambdaEnvironment,
                            List.of("/var/task/bootstrap"),
                            300,
                            TaskRootContainer.quiet());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            LiveStreamCheck.invocationStreamsLive(api, first);
            LiveStreamCheck.invocationStreamsLive(api, second);
            TaskRootContainer.Result result = run.get(120, TimeUnit.SECONDS);
            assertThat(api.connectionCount())
                    .as("one keep-alive connection for both invocations")
                    .isEqualTo(1);
            assertThat(result.output())
                    .contains("com.example.SendNumbersWithPause source: shared objects file")
                    .contains("dev.lambdapackager.runtime.internal.Launcher source: shared objects file");
        }
    }
}
