package dev.lambdapackager.packager.jre;

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
 * @param jvmOptions the function's own JVM options (class data is only valid for flags it was made with)
 */
public record JreInputs(List<JarInput> jars, List<String> handlers, String launcherClass, List<String> additionalModules,
        boolean cds, boolean stripNativeSymbols, Instant jarTime, List<String> jvmOptions) {

    public JreInputs {
        jars = List.copyOf(jars);
        handlers = List.copyOf(handlers);
        additionalModules = List.copyOf(additionalModules);
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(launcherClass, "launcherClass");
        Objects.requireNonNull(jarTime, "jarTime");
    }
}
