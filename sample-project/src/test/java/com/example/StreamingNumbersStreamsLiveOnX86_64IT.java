package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.Packager;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.OutputTimestamp;
import dev.lambdapackager.packager.model.PackagedFunction;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.runtime.LambdaRuntime;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.testkit.LambdaZip;
import dev.lambdapackager.testkit.TaskRootContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The sample packaged for x86_64 (through the plugin's core, as the mojo calls it) and its bootstrap run natively
 * on this machine: streams live, twice on one process, and the time from exec to the first GET /next is recorded.
 */
class StreamingNumbersStreamsLiveOnX86_64IT {

    @Test
    void streamsOneToTenASecondApartTwice() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path functionJar = Path.of(System.getProperty("sample.jar"));
        Path runtimeJar = Path.of(LambdaRuntime.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ArchiveRequest request = ArchiveRequest.builder()
                .function(new FunctionSpec("StreamingNumbers", SendNumbersWithPause.class.getName()))
                .classpath(List.of(
                        new ClasspathEntry(
                                functionJar, "dev.lambdapackager", "streaming-numbers", "0.1.0-SNAPSHOT", ""),
                        new ClasspathEntry(
                                runtimeJar, "dev.lambdapackager", "lambda-streaming-runtime", "0.1.0-SNAPSHOT", "")))
                .architecture(Architecture.X86_64)
                .builderImage(System.getProperty("lambda.it.builderImage.x86_64"))
                .pullPolicy(PullPolicy.NEVER)
                .outputDirectory(target.resolve("e2e-x86_64/outputs"))
                .workDirectory(target.resolve("e2e-x86_64/work"))
                .timestamp(OutputTimestamp.of(Instant.parse("2026-11-26T00:00:00Z")))
                .cacheDirectory(target.resolve("e2e-x86_64/jre-cache"))
                .runtimeVersion("0.1.0-SNAPSHOT")
                .build();
        PackagedFunction packaged =
                new Packager(PackagerListener.silent()).pack(request).get(0);
        Path task = target.resolve("e2e-x86_64/task-" + System.nanoTime());
        try (LambdaZip zip = LambdaZip.open(packaged.zip())) {
            zip.checkLayout(62);
            zip.unzipTo(task);
        }
        try (LoopbackRuntimeApi api = LoopbackRuntimeApi.start()) {
            String first = api.enqueueInvocation("{}");
            String second = api.enqueueInvocation("{}");
            api.enqueueDrop();
            long exec = System.nanoTime();
            // In a container of the builder image at /var/task, as on Lambda: the JDK 25 image's JRE needs a newer C
            // library than this Debian 12 host's, and the AOT cache only maps at /var/task.
            String image = System.getProperty("lambda.it.builderImage.x86_64");
            Map<String, String> environment = Map.of(
                    "LAMBDA_TASK_ROOT",
                    "/var/task",
                    "AWS_LAMBDA_RUNTIME_API",
                    api.address(),
                    "_HANDLER",
                    "provided",
                    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
                    "128");
            CompletableFuture<TaskRootContainer.Result> bootstrap = CompletableFuture.supplyAsync(() -> {
                try {
                    return TaskRootContainer.run(
                            image,
                            "linux/amd64",
                            task,
                            environment,
                            List.of("/var/task/bootstrap"),
                            120,
                            TaskRootContainer.quiet());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            {
                assertThat(api.takeRequest().path()).isEqualTo(LoopbackRuntimeApi.NEXT_PATH);
                long firstNext = System.nanoTime();
                String startup = String.format(
                        java.util.Locale.ROOT,
                        "x86_64 packaged bootstrap in a container: create, start and exec to first GET /next %.1f ms%n",
                        (firstNext - exec) / 1e6);
                System.out.print(startup);
                Files.writeString(target.resolve("e2e-x86_64/startup.txt"), startup);
                // The first GET /next was taken above; check the first invocation's stream from there on.
                NumberStream.assertLiveOneToTen(
                        NumberStream.read(() -> new String(api.takeChunk(), java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(api.takePost().path()).isEqualTo("/2018-06-01/runtime/invocation/" + first + "/response");
                LiveStreamCheck.invocationStreamsLive(api, second);
                assertThat(bootstrap.get(60, TimeUnit.SECONDS).exitCode())
                        .as("exits once the Runtime API drops the connection")
                        .isNotZero();
                assertThat(api.connectionCount()).isEqualTo(1);
            }
        }
    }
}
