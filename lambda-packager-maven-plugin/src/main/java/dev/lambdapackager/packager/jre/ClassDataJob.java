package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.InitFailure;
import dev.lambdapackager.packager.model.JarInput;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of the class-data phase: training starts of the handlers with a linked JRE, then the archive dump.
 *
 * @param jre the linked runtime's folder (a cached {@code jre/}), copied into the builder as it is
 * @param jars the class path in order (the function's jar first)
 * @param jarTime the modification time the jars get in the zip (the archive checks it)
 * @param handlers the handler classes, one training start each
 * @param launcherClass the runtime's main class
 * @param jvmOptions the function's JVM arguments, which the training starts run with
 * @param excludeModules modules left out of the JRE (a class of one missing at the training start is reported so)
 * @param initFailure what an exception from the handler's own initialisation does
 * @param timeout how long the run may take
 * @param functions handler by function name: one training start (and on JDK 25+ one AOT cache) each
 * @param trainingEvents the training event files by function name
 * @param trainingTimeout how long one training event may take
 * @param expectedModules when not empty, the modules {@code jre} was linked with, which the builder's jdeps checks the
 *     jars against while the class data is made (the JRE was taken from the cache as the one the last build of these
 *     jars used)
 * @param additionalModules modules added to what jdeps finds, for that check
 */
public record ClassDataJob(
        Path jre,
        List<JarInput> jars,
        Instant jarTime,
        List<String> handlers,
        String launcherClass,
        Duration timeout,
        Map<String, String> functions,
        Map<String, List<Path>> trainingEvents,
        Duration trainingTimeout,
        List<String> jvmOptions,
        List<String> excludeModules,
        InitFailure initFailure,
        List<String> expectedModules,
        List<String> additionalModules) {

    public ClassDataJob {
        jars = List.copyOf(jars);
        handlers = List.copyOf(handlers);
        functions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(functions));
        trainingEvents = Map.copyOf(trainingEvents);
        jvmOptions = List.copyOf(jvmOptions);
        excludeModules = List.copyOf(excludeModules);
        expectedModules = List.copyOf(expectedModules);
        additionalModules = List.copyOf(additionalModules);
    }

    /** A job without training events: one function per handler (see {@link JreInputs#functionsNamedAfter}). */
    public ClassDataJob(
            Path jre,
            List<JarInput> jars,
            Instant jarTime,
            List<String> handlers,
            String launcherClass,
            Duration timeout) {
        this(
                jre,
                jars,
                jarTime,
                handlers,
                launcherClass,
                timeout,
                JreInputs.functionsNamedAfter(handlers),
                Map.of(),
                Duration.ofSeconds(10),
                List.of(),
                List.of(),
                InitFailure.FAIL,
                List.of(),
                List.of());
    }
}
