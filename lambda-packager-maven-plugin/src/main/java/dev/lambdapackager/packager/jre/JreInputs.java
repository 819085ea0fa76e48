package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.InitFailure;
import dev.lambdapackager.packager.model.JarInput;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param functions handler by function name: one training start each (and, on JDK 25+, one AOT cache each)
 * @param trainingEvents the training event files by function name (missing or empty: none)
 * @param trainingTimeout how long one training event may take
 * @param excludeModules modules jdeps found that are left out
 * @param initFailure what an exception from the handler's own initialisation at the training start does
 */
public record JreInputs(
        List<JarInput> jars,
        List<String> handlers,
        String launcherClass,
        List<String> additionalModules,
        boolean cds,
        boolean stripNativeSymbols,
        Instant jarTime,
        List<String> jvmOptions,
        Map<String, String> functions,
        Map<String, List<Path>> trainingEvents,
        Duration trainingTimeout,
        List<String> excludeModules,
        InitFailure initFailure) {

    public JreInputs {
        jars = List.copyOf(jars);
        handlers = List.copyOf(handlers);
        additionalModules = List.copyOf(additionalModules);
        jvmOptions = List.copyOf(jvmOptions);
        excludeModules = List.copyOf(excludeModules);
        Objects.requireNonNull(initFailure, "initFailure");
        Objects.requireNonNull(launcherClass, "launcherClass");
        Objects.requireNonNull(jarTime, "jarTime");
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        trainingEvents = Map.copyOf(trainingEvents);
        Objects.requireNonNull(trainingTimeout, "trainingTimeout");
    }

    /** Inputs without training events: one function per handler, named after its class's simple name. */
    public JreInputs(
            List<JarInput> jars,
            List<String> handlers,
            String launcherClass,
            List<String> additionalModules,
            boolean cds,
            boolean stripNativeSymbols,
            Instant jarTime,
            List<String> jvmOptions) {
        this(
                jars,
                handlers,
                launcherClass,
                additionalModules,
                cds,
                stripNativeSymbols,
                jarTime,
                jvmOptions,
                functionsNamedAfter(handlers),
                Map.of(),
                Duration.ofSeconds(10),
                List.of(),
                InitFailure.FAIL);
    }

    /** One function per handler, named after the handler class's simple name. */
    public static Map<String, String> functionsNamedAfter(List<String> handlers) {
        Map<String, String> functions = new LinkedHashMap<>();
        for (String handler : handlers) {
            functions.put(handler.substring(handler.lastIndexOf('.') + 1).replace('$', '_'), handler);
        }
        return functions;
    }
}
