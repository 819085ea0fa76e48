package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.JarInput;
import dev.lambdapackager.packager.archive.BootstrapScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The shell script run in the builder container: jdeps, jlink, then the CDS archive. Its body is the
 * resource {@code build-jre.sh}; this class puts the settings of one build above it, quoted for sh.
 */
public final class JreBuildScript {

    /** The training stand-in's class file, shipped into the container next to the script. */
    static final String TRAINING_CLASS_RESOURCE = "/" + TrainingRuntimeApi.class.getName().replace('.', '/') + ".class";

    private static final String BODY = resource("build-jre.sh");

    private JreBuildScript() {}

    /** The complete script for {@code inputs}. */
    public static String text(JreInputs inputs) {
        return "#!/bin/sh\n"
                + "# Written by lambda-packager-maven-plugin; runs inside the builder container.\n"
                + assign("LP_JARS", inputs.jars().stream().map(JarInput::name).collect(Collectors.joining(" ")))
                + assign("LP_HANDLERS", String.join(" ", inputs.handlers()))
                + assign("LP_LAUNCHER", inputs.launcherClass())
                + assign("LP_ADDITIONAL_MODULES", String.join(",", inputs.additionalModules()))
                + assign("LP_EXCLUDE_MODULES", String.join(",", inputs.excludeModules()))
                + assign("LP_JVM_OPTIONS", inputs.jvmOptions().stream().map(BootstrapScript::quote).collect(Collectors.joining(" ")))
                + assign("LP_INIT_FAILURE", inputs.initFailure().configValue())
                + assign("LP_CDS", Boolean.toString(inputs.cds()))
                + assign("LP_TRAINING_FLAGS", String.join(" ", BootstrapScript.FAST_START_FLAGS))
                + BODY;
    }

    /** The training stand-in's class file bytes. */
    static byte[] trainingClass() {
        try (InputStream in = JreBuildScript.class.getResourceAsStream(TRAINING_CLASS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TRAINING_CLASS_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
