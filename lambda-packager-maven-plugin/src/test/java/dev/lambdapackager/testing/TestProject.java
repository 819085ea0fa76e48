package dev.lambdapackager.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.Packager;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.OutputTimestamp;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PullPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A function project as the mojo hands it to the packager: its jar (classes {@code com.example.Handler}, a StreamingLambdaHandler, and
 * {@code com.example.util.Texts}), a stand-in streaming runtime jar, and folders in a test's temporary folder.
 * Requests from {@link #settings()} name a builder image at 127.0.0.1:9 with pull policy never, so a request
 * that gets past validation fails with {@link PackagingException.Code#IMAGE_MISSING} (or ENGINE_UNREACHABLE)
 * instead of building: a validation test that gets the code it expects proves the check came first.
 */
public final class TestProject {

    /** A builder image no engine has and none could pull: only a closed local port serves it. */
    public static final String UNREACHABLE_IMAGE = "127.0.0.1:9/lambda-packager/nothing:1";
    /** The version the request suggests for a missing runtime. */
    public static final String RUNTIME_VERSION = "0.1.0-test";

    private final Path root;
    private final ClasspathEntry function;
    private final ClasspathEntry runtime;

    private TestProject(Path root, ClasspathEntry function, ClasspathEntry runtime) {
        this.root = root;
        this.function = function;
        this.runtime = runtime;
    }

    /** Compiles the function's jar and writes the runtime's into {@code root}. */
    public static TestProject create(Path root) throws IOException {
        Path functionJar = TestJars.compile(
                root.resolve("target/numbers-1.0.jar"),
                Map.of(
                        "com.example.Handler",
                        "package com.example; import dev.lambdapackager.runtime.*;"
                                + " public class Handler implements StreamingLambdaHandler {"
                                + " public void handle(java.nio.ByteBuffer e, LambdaResponseStreamWriter w, LambdaContext c) {} }",
                        "com.example.util.Texts",
                        "package com.example.util; public class Texts {}"),
                null);
        Path runtimeJar = TestJars.withEntries(
                root.resolve("repository/lambda-streaming-runtime-" + RUNTIME_VERSION + ".jar"),
                "dev.lambdapackager.runtime.Launcher",
                "dev/lambdapackager/runtime/Launcher.class");
        return new TestProject(
                root,
                new ClasspathEntry(functionJar, "com.example", "numbers", "1.0", null),
                new ClasspathEntry(
                        runtimeJar, "dev.lambdapackager", "lambda-streaming-runtime", RUNTIME_VERSION, null));
    }

    /** The function's own jar, first on the class path. */
    public ClasspathEntry function() {
        return function;
    }

    /** The streaming runtime's jar. */
    public ClasspathEntry runtime() {
        return runtime;
    }

    /** The function's jar, then the runtime's. */
    public List<ClasspathEntry> classpath() {
        return List.of(function, runtime);
    }

    /** The project's folder. */
    public Path root() {
        return root;
    }

    /** Where zips go. */
    public Path outputDirectory() {
        return root.resolve("target/lambda-packager/outputs");
    }

    /** Every setting except the functions and the class path, which each test adds. */
    public ArchiveRequest.Builder settings() {
        return ArchiveRequest.builder()
                .architecture(Architecture.X86_64)
                .builderImage(UNREACHABLE_IMAGE)
                .pullPolicy(PullPolicy.NEVER)
                .outputDirectory(outputDirectory())
                .workDirectory(root.resolve("target/lambda-packager/work"))
                .cacheDirectory(root.resolve("cache"))
                .timestamp(OutputTimestamp.of(Instant.parse("2026-11-26T00:00:00Z")))
                .runtimeVersion(RUNTIME_VERSION);
    }

    /** Packages {@code request}, which must fail; checks that no file was written to the output folder. */
    public PackagingException packExpectingFailure(ArchiveRequest request) throws IOException {
        PackagingException failure = catchThrowableOfType(
                PackagingException.class, () -> new Packager(PackagerListener.silent()).pack(request));
        assertThat(failure).as("packaging should fail").isNotNull();
        if (Files.exists(outputDirectory())) {
            try (Stream<Path> files = Files.walk(outputDirectory())) {
                assertThat(files.filter(Files::isRegularFile))
                        .as("files in the output folder")
                        .isEmpty();
            }
        }
        return failure;
    }
}
