package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.Architecture;
import dev.lambdapackager.packager.JarInput;
import dev.lambdapackager.packager.PackagerListener;
import dev.lambdapackager.packager.PullPolicy;
import dev.lambdapackager.packager.container.BuilderImage;
import dev.lambdapackager.packager.container.DockerEngine;
import dev.lambdapackager.testing.TestEngine;
import dev.lambdapackager.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build script, run for real in the x86_64 builder image (JDK 25): jdeps, jlink and an AOT cache for the function,
 * named after it, that the linked JVM maps with the function's class path.
 */
class JreBuildLinksARuntimeWithCdsTest {

    @TempDir
    Path temp;

    @Test
    void linksTheModulesTheJarsNeedAndTrainsAnAotCache() throws Exception {
        Path function = TestJars.compile(temp.resolve("function.jar"), Map.of("com.example.Handler",
                "package com.example; public class Handler { java.util.logging.Logger log; }"), null);
        Path runtime = TestJars.fakeRuntime(temp.resolve("runtime.jar"));
        JreInputs inputs = new JreInputs(
                List.of(new JarInput(function, "function.jar", "function"), new JarInput(runtime, "runtime.jar", "runtime")),
                List.of("com.example.Handler"), "fake.runtime.Launcher", List.of("jdk.crypto.ec"), true, true,
                Instant.parse("2026-11-26T00:00:00Z"));
        List<String> lines = new ArrayList<>();
        PackagerListener listener = new PackagerListener() {
            @Override public void info(String message) { lines.add(message); }
            @Override public void warn(String message) { lines.add("WARN " + message); }
            @Override public void debug(String message) { }
        };
        Architecture architecture = Architecture.X86_64;
        Path staging = Files.createDirectory(temp.resolve("staging"));
        BuiltJre built;
        try (DockerEngine engine = TestEngine.connect()) {
            BuilderImage image = BuilderImage.ensure(engine, TestEngine.builderImage(architecture), architecture,
                    PullPolicy.NEVER, listener);
            built = new JreBuild(engine, image, Duration.ofMinutes(5), listener).run(inputs, staging);
        }
        assertThat(built.modules()).as("output: %s", lines).containsExactlyInAnyOrder("java.base", "java.logging", "jdk.crypto.ec");
        assertThat(built.cds()).as("output: %s", lines).isEqualTo(CdsArchive.AOT);
        assertThat(built.jre().resolve("bin/java")).isExecutable();
        assertThat(built.jre().resolve("lib/server/Handler.aot")).isNotEmptyFile();
        assertThat(built.jre().resolve("lib/server/app-cds.jsa")).doesNotExist();
        assertThat(built.jre().resolve("lib/server/libjvm.debuginfo")).as("Debian's debug files stay out").doesNotExist();
        assertThat(built.jre().resolve("include")).doesNotExist();
        assertThat(lines).noneMatch(line -> line.contains("Picked up JAVA_TOOL_OPTIONS"));
    }
}
