package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.InitFailure;
import dev.lambdapackager.packager.model.JarInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the linked JRE and its class data depend on, apart from the builder image.
 *
 * @param jars the class path in order (the function's jar first)
 * @param handlers the handler classes to train the class data with, one training start each
 * @param launcherClass the runtime's main class
 * @param additionalModules modules to link beyond what jdeps finds
 * @param cds whether to make class data at all
 * @param stripNativeSymbols whether to remove the native symbol tables of the JRE's ELF files
 * @param jarTime the modification time the jars get in the zip (a CDS archive checks it)
 * @param jvmOptions the function's own JVM arguments, split (class data is only valid for flags it was made with, and
 *     the training start runs with them)
 * @param excludeModules modules jdeps found that are left out
 * @param initFailure what an exception from the handler's own initialisation at the training start does
 */
public record JreInputs(List<JarInput> jars, List<String> handlers, String launcherClass, List<String> additionalModules,
        boolean cds, boolean stripNativeSymbols, Instant jarTime, List<String> jvmOptions, List<String> excludeModules,
        InitFailure initFailure) {

    /** Inputs with no excluded module, and init failures failing the build. */
    public JreInputs(List<JarInput> jars, List<String> handlers, String launcherClass, List<String> additionalModules,
            boolean cds, boolean stripNativeSymbols, Instant jarTime, List<String> jvmOptions) {
        this(jars, handlers, launcherClass, additionalModules, cds, stripNativeSymbols, jarTime, jvmOptions, List.of(),
                InitFailure.FAIL);
    }

    public JreInputs {
        jars = List.copyOf(jars);
        handlers = List.copyOf(handlers);
        additionalModules = List.copyOf(additionalModules);
        jvmOptions = List.copyOf(jvmOptions);
        excludeModules = List.copyOf(excludeModules);
        Objects.requireNonNull(initFailure, "initFailure");
        Objects.requireNonNull(launcherClass, "launcherClass");
        Objects.requireNonNull(jarTime, "jarTime");
    }
}
