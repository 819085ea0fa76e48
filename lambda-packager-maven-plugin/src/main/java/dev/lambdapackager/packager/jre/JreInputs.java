package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.InitFailure;
import dev.lambdapackager.packager.JarInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the linked JRE and its CDS archive depend on, apart from the builder image.
 *
 * @param jars the class path in order (the function's jar first)
 * @param handlers the handler classes to train the CDS archive with, one training start each
 * @param launcherClass the runtime's main class
 * @param additionalModules modules to link beyond what jdeps finds
 * @param cds whether to make a CDS archive
 * @param stripNativeSymbols whether to remove the native symbol tables of the JRE's ELF files
 * @param jarTime the modification time the jars get in the zip (a CDS archive checks it)
 * @param excludeModules modules jdeps found that are left out
 * @param jvmOptions the function's JVM arguments (already split), which the training start runs with
 * @param initFailure what an exception from the handler's own initialisation at the training start does
 */
public record JreInputs(List<JarInput> jars, List<String> handlers, String launcherClass, List<String> additionalModules,
        boolean cds, boolean stripNativeSymbols, Instant jarTime, List<String> excludeModules, List<String> jvmOptions,
        InitFailure initFailure) {

    public JreInputs {
        jars = List.copyOf(jars);
        handlers = List.copyOf(handlers);
        additionalModules = List.copyOf(additionalModules);
        excludeModules = List.copyOf(excludeModules);
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(launcherClass, "launcherClass");
        Objects.requireNonNull(jarTime, "jarTime");
        Objects.requireNonNull(initFailure, "initFailure");
    }

    /** Inputs with no excluded module, no JVM options, and init failures failing the build. */
    public JreInputs(List<JarInput> jars, List<String> handlers, String launcherClass, List<String> additionalModules,
            boolean cds, boolean stripNativeSymbols, Instant jarTime) {
        this(jars, handlers, launcherClass, additionalModules, cds, stripNativeSymbols, jarTime, List.of(), List.of(),
                InitFailure.FAIL);
    }
}
