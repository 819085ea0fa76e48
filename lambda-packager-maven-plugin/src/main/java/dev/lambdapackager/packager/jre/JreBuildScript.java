package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.launch.BootstrapScript;
import dev.lambdapackager.packager.model.JarInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shell script run in the builder: its body is the resource {@code build-jre.sh}, with two phases (link; class
 * data); this class puts the settings of one run above it, quoted for sh. Whoever runs it (a container, or later
 * something without an engine) ships {@link #trainingClass()} beside it.
 */
public final class JreBuildScript {

    /** The training stand-in's class file, shipped into the builder next to the script. */
    public static final String TRAINING_CLASS_RESOURCE =
            "/" + TrainingRuntimeApi.class.getName().replace('.', '/') + ".class";

    private static final String BODY = resource("build-jre.sh");

    private JreBuildScript() {}

    /** The script of the link phase. */
    public static String link(LinkJob job) {
        // With the module set known, the jars are not needed (nor shipped).
        return header("link", job.modules().isEmpty() ? job.jars() : List.of())
                + assign("LP_MODULES", String.join(",", job.modules()))
                + assign("LP_ADDITIONAL_MODULES", String.join(",", job.additionalModules()))
                + assign("LP_EXCLUDE_MODULES", String.join(",", job.excludeModules()))
                + BODY;
    }

    /** The script of the class-data phase. */
    public static String classData(ClassDataJob job) {
        return header("class-data", job.jars())
                + assign(
                        "LP_FUNCTIONS",
                        job.functions().entrySet().stream()
                                .map(f -> f.getKey() + "=" + f.getValue())
                                .collect(Collectors.joining(" ")))
                + assign(
                        "LP_TRAINING_TIMEOUT",
                        Long.toString(job.trainingTimeout().toSeconds()))
                + assign("LP_LAUNCHER", job.launcherClass())
                + assign("LP_TRAINING_FLAGS", String.join(" ", BootstrapScript.FAST_START_FLAGS))
                + assign(
                        "LP_JVM_OPTIONS",
                        job.jvmOptions().stream().map(BootstrapScript::quote).collect(Collectors.joining(" ")))
                + assign("LP_INIT_FAILURE", job.initFailure().configValue())
                + assign("LP_EXPECT_MODULES", String.join(",", job.expectedModules()))
                + assign("LP_ADDITIONAL_MODULES", String.join(",", job.additionalModules()))
                + assign("LP_EXCLUDE_MODULES", String.join(",", job.excludeModules()))
                + BODY;
    }

    /** The body all phases share; part of every cache key, so that a changed script never reuses an old entry. */
    static String body() {
        return BODY;
    }

    /** The training stand-in's class file bytes. */
    public static byte[] trainingClass() {
        try (InputStream in = JreBuildScript.class.getResourceAsStream(TRAINING_CLASS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TRAINING_CLASS_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(String phase, List<JarInput> jars) {
        return "#!/bin/sh\n"
                + "# Written by lambda-packager-maven-plugin; runs inside the builder.\n"
                + assign("LP_PHASE", phase)
                + assign("LP_JARS", jars.stream().map(JarInput::name).collect(Collectors.joining(" ")));
    }

    private static String assign(String name, String value) {
        return name + "='" + value.replace("'", "'\\''") + "'\n";
    }

    private static String resource(String name) {
        try (InputStream in = JreBuildScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
