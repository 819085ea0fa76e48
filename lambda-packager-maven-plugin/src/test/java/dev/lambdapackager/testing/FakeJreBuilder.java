package dev.lambdapackager.testing;

import dev.lambdapackager.packager.jre.ClassDataJob;
import dev.lambdapackager.packager.jre.ImageCheck;
import dev.lambdapackager.packager.jre.JreBuilder;
import dev.lambdapackager.packager.jre.LinkJob;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.packager.model.PullPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * A {@link JreBuilder} that records each call and leaves what the real phases leave, in miniature: the pipeline's
 * ordering and caching decisions are then tested without an engine (the real phases have tests of their own, against
 * the engine). The "JRE" names its modules; the "class data" names the jars' bytes it was made from.
 */
public final class FakeJreBuilder implements JreBuilder {

    private final int javaFeature;

    /** A builder whose JDK is the host's feature version, so that the plugin analyses modules on the host. */
    public FakeJreBuilder() {
        this(Runtime.version().feature());
    }

    /** A builder whose JDK is {@code javaFeature}: another than the host's leaves module analysis to the builder. */
    public FakeJreBuilder(int javaFeature) {
        this.javaFeature = javaFeature;
    }

    /** Whether the fake says it runs its JDK under emulation; see {@link #runningNatively()}. */
    private boolean emulated = true;

    /**
     * Makes the fake say it runs natively. By default it says it is emulated (as an arm64 builder on an x86_64 machine),
     * so that the host analyses the modules whenever it can.
     */
    public FakeJreBuilder runningNatively() {
        emulated = false;
        return this;
    }

    /** The calls of every builder made so far, in order, e.g. {@code link []}, {@code class-data}. */
    private final List<String> calls = new ArrayList<>();

    private final List<ClassDataJob> classDataJobs = new ArrayList<>();

    /** What the pipeline asked for, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The class-data jobs so far. */
    public List<ClassDataJob> classDataJobs() {
        return List.copyOf(classDataJobs);
    }

    /** Forgets the calls so far. */
    public void clear() {
        calls.clear();
        classDataJobs.clear();
    }

    @Override
    public ImageCheck checkImage(String reference) {
        return new ImageCheck() {
            @Override
            public Outcome outcome(Duration limit) {
                return Outcome.ABSENT;
            }

            @Override
            public Optional<String> id() {
                return Optional.empty();
            }
        };
    }

    @Override
    public String prepare(String reference, Architecture architecture, PullPolicy policy) {
        calls.add("prepare");
        return "sha256:fake";
    }

    @Override
    public boolean emulated() {
        return emulated;
    }

    @Override
    public void link(LinkJob job, Path staging) {
        calls.add("link " + job.modules());
        List<String> modules = job.modules().isEmpty() ? jdeps(job.jars()) : job.modules();
        try {
            Path java = staging.resolve("jre/bin/java");
            Files.createDirectories(java.getParent());
            Files.writeString(java, "#!/bin/sh\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(staging.resolve("jre/release"), "MODULES=\"" + String.join(" ", modules) + "\"\n");
            Path build = Files.createDirectories(staging.resolve("build"));
            Files.writeString(build.resolve("modules"), String.join(",", modules) + "\n");
            Files.writeString(build.resolve("java-version"), javaFeature + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the build script's jdeps finds, as the host's jdeps finds it (the fake's JDK is only a number): the jars'
     * modules, with jdk.crypto.ec added as the script adds it before JDK 22.
     */
    private List<String> jdeps(List<JarInput> jars) {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps"));
        jars.forEach(jar -> args.add(jar.file().toString()));
        StringWriter out = new StringWriter();
        int exit = ToolProvider.findFirst("jdeps")
                .orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("jdeps failed: " + out);
        }
        String[] lines = out.toString().strip().split("\\R", -1);
        List<String> modules =
                new ArrayList<>(List.of(lines[lines.length - 1].strip().split(",")));
        if (javaFeature < 22) {
            modules.add("jdk.crypto.ec");
        }
        return modules;
    }

    @Override
    public Optional<List<String>> makeClassData(ClassDataJob job, Path staging) {
        calls.add(job.expectedModules().isEmpty() ? "class-data" : "class-data checking " + job.expectedModules());
        classDataJobs.add(job);
        if (!job.expectedModules().isEmpty()) {
            List<String> needed = jdeps(job.jars());
            if (!Set.copyOf(needed).equals(Set.copyOf(job.expectedModules()))) {
                return Optional.of(needed);
            }
        }
        try {
            Path archive = staging.resolve("class-data/lib/server/app-cds.jsa");
            Files.createDirectories(archive.getParent());
            StringBuilder made = new StringBuilder();
            for (JarInput jar : job.jars()) {
                made.append(jar.name())
                        .append(' ')
                        .append(Files.size(jar.file()))
                        .append('\n');
            }
            made.append("with ").append(Files.readString(job.jre().resolve("release")));
            Files.writeString(archive, made, StandardCharsets.UTF_8);
            Files.createDirectories(staging.resolve("build"));
            Files.writeString(staging.resolve("build/cds"), "app\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
        return calls.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
