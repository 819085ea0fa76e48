package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.InitFailure;
import dev.lambdapackager.packager.model.JarInput;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 */
public record ClassDataJob(Path jre, List<JarInput> jars, Instant jarTime, List<String> handlers, String launcherClass,
        List<String> jvmOptions, List<String> excludeModules, InitFailure initFailure, Duration timeout) {

    public ClassDataJob {
        jars = List.copyOf(jars);
        handlers = List.copyOf(handlers);
        jvmOptions = List.copyOf(jvmOptions);
        excludeModules = List.copyOf(excludeModules);
    }
}
