package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.jre.ClassDataJob;
import dev.lambdapackager.packager.jre.JreInputs;
import dev.lambdapackager.packager.jre.LinkJob;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.InitFailure;
import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.RecordingListener;
import dev.lambdapackager.testing.TestEngine;
import dev.lambdapackager.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data phase with a cached JRE taken on trust (the one the last build of these jars linked): the builder's
 * jdeps checks beside the training that the jars still need exactly its modules. Unchanged, the class data is made as
 * usual; changed, the phase answers with the module set the jars need — even when the new code cannot start on the
 * old JRE, which would otherwise be a failed training start.
 */
class DockerJreBuilderChecksTheTrustedModuleSetTest {

    @TempDir
    Path temp;

    @Test
    void anUnchangedModuleSetMakesTheClassDataAndANewModuleIsReported() throws Exception {
        Path runtime = TestJars.fakeRuntime(temp.resolve("runtime.jar"));
        List<JarInput> baseOnly = jars(
                "package com.example; public class Handler { static final String GREETING = \"hello\"; }", runtime);
        // The next version logs: java.logging, which the linked JRE lacks, so its training start fails.
        List<JarInput> logging = jars(
                "package com.example; public class Handler {"
                        + " static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(\"h\"); }",
                runtime);
        RecordingListener listener = new RecordingListener();
        Path linked = Files.createDirectory(temp.resolve("linked"));

        try (DockerJreBuilder builder = new DockerJreBuilder(listener)) {
            builder.prepare(TestEngine.builderImage(Architecture.X86_64), Architecture.X86_64, PullPolicy.NEVER);
            builder.link(new LinkJob(List.of(), baseOnly, List.of(), List.of(), Duration.ofMinutes(5)), linked);
            List<String> modules = List.of(
                    Files.readString(linked.resolve("build/modules")).trim().split(","));
            assertThat(modules).as("output: %s", listener.lines()).containsExactly("java.base");

            Path same = Files.createDirectory(temp.resolve("same"));
            Optional<List<String>> unchanged = builder.makeClassData(job(linked, baseOnly, modules), same);
            assertThat(unchanged).as("output: %s", listener.lines()).isEmpty();
            assertThat(same.resolve("class-data/lib/server/Handler.aot")).isNotEmptyFile();

            Path other = Files.createDirectory(temp.resolve("other"));
            Optional<List<String>> changed = builder.makeClassData(job(linked, logging, modules), other);
            assertThat(changed).as("output: %s", listener.lines()).contains(List.of("java.base", "java.logging"));
        }
        assertThat(listener.lines())
                .anyMatch(line ->
                        line.contains("the jars now need java.base,java.logging, not the cached JRE's" + " java.base"))
                .noneMatch(line -> line.contains("TRAINING-"));
    }

    private List<JarInput> jars(String handler, Path runtime) throws Exception {
        Path version = Files.createTempDirectory(temp, "v");
        Path function = TestJars.compile(version.resolve("function.jar"), Map.of("com.example.Handler", handler), null);
        return List.of(
                new JarInput(function, "function.jar", "function"), new JarInput(runtime, "runtime.jar", "runtime"));
    }

    private static ClassDataJob job(Path linked, List<JarInput> jars, List<String> expected) {
        List<String> handlers = List.of("com.example.Handler");
        return new ClassDataJob(
                linked.resolve("jre"),
                jars,
                Instant.parse("2026-11-26T00:00:00Z"),
                handlers,
                "fake.runtime.Launcher",
                Duration.ofMinutes(5),
                JreInputs.functionsNamedAfter(handlers),
                Map.of(),
                Duration.ofSeconds(10),
                List.of(),
                List.of(),
                InitFailure.FAIL,
                expected,
                List.of());
    }
}
