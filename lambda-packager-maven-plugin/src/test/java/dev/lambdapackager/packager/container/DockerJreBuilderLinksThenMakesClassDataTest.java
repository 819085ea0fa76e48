package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.jre.ClassDataJob;
import dev.lambdapackager.packager.jre.LinkJob;
import dev.lambdapackager.packager.jre.ResolveModules;
import dev.lambdapackager.packager.model.Architecture;
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
 * The two phases of the build script, each in its own x86_64 builder container: the link phase runs jdeps (giving
 * the same modules as jdeps on the host, same JDK feature) and jlink; the class-data phase gets that JRE copied in,
 * trains the function and writes its AOT cache beside it (the test image's JDK is 25), leaving the JRE as it was.
 */
class DockerJreBuilderLinksThenMakesClassDataTest {

    @TempDir
    Path temp;

    @Test
    void linksTheModulesTheJarsNeedThenTrainsWithThatJre() throws Exception {
        Path function = TestJars.compile(
                temp.resolve("function.jar"),
                Map.of(
                        "com.example.Handler",
                        "package com.example; public class Handler { java.util.logging.Logger log; }"),
                null);
        Path runtime = TestJars.fakeRuntime(temp.resolve("runtime.jar"));
        List<JarInput> jars = List.of(
                new JarInput(function, "function.jar", "function"), new JarInput(runtime, "runtime.jar", "runtime"));
        RecordingListener listener = new RecordingListener();
        Path linked = Files.createDirectory(temp.resolve("linked"));
        Path classData = Files.createDirectory(temp.resolve("class-data"));

        try (DockerJreBuilder builder = new DockerJreBuilder(listener)) {
            builder.prepare(TestEngine.builderImage(Architecture.X86_64), Architecture.X86_64, PullPolicy.NEVER);
            builder.link(
                    new LinkJob(List.of(), jars, List.of("jdk.crypto.ec"), List.of(), Duration.ofMinutes(5)), linked);
            builder.makeClassData(
                    new ClassDataJob(
                            linked.resolve("jre"),
                            jars,
                            Instant.parse("2026-11-26T00:00:00Z"),
                            List.of("com.example.Handler"),
                            "fake.runtime.Launcher",
                            Duration.ofMinutes(5)),
                    classData);
        }

        String modules = Files.readString(linked.resolve("build/modules")).trim();
        assertThat(modules).as("output: %s", listener.lines()).isEqualTo("java.base,java.logging,jdk.crypto.ec");
        int builderFeature = Integer.parseInt(
                Files.readString(linked.resolve("build/java-version")).trim());
        Optional<List<String>> onHost = new ResolveModules(listener)
                .resolve(jars, List.of("jdk.crypto.ec"), List.of(), Optional.of(builderFeature));
        if (builderFeature == Runtime.version().feature()) {
            assertThat(onHost).as("jdeps on the host, same JDK feature").contains(List.of(modules.split(",")));
        } else {
            assertThat(onHost)
                    .as(
                            "no host analysis for JDK %d on a JDK %d host",
                            builderFeature, Runtime.version().feature())
                    .isEmpty();
        }
        assertThat(linked.resolve("jre/bin/java")).isExecutable();
        assertThat(linked.resolve("jre/include")).doesNotExist();
        assertThat(linked.resolve("jre/lib/server/app-cds.jsa")).doesNotExist();
        assertThat(linked.resolve("jre/lib/server/libjvm.debuginfo"))
                .as("Debian's debug files stay out")
                .doesNotExist();
        assertThat(classData.resolve("build/cds"))
                .as("output: %s", listener.lines())
                .hasContent("aot");
        assertThat(classData.resolve("class-data/lib/server/Handler.aot")).isNotEmptyFile();
        assertThat(classData.resolve("class-data/lib/server/app-cds.jsa")).doesNotExist();
        assertThat(listener.lines()).noneMatch(line -> line.contains("Picked up JAVA_TOOL_OPTIONS"));
    }
}
