package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.JarInput;
import java.time.Duration;
import java.util.List;

/**
 * One run of the link phase.
 *
 * @param modules the modules to link, additional ones included; empty to have jdeps find them in the builder from
 *     {@code jars} (when the host's JDK is another feature version than the builder's)
 * @param jars the class path, only read when {@code modules} is empty
 * @param additionalModules modules added to what jdeps finds there
 * @param excludeModules modules left out of what jdeps finds there
 * @param timeout how long the run may take
 */
public record LinkJob(
        List<String> modules,
        List<JarInput> jars,
        List<String> additionalModules,
        List<String> excludeModules,
        Duration timeout) {

    public LinkJob {
        modules = List.copyOf(modules);
        jars = List.copyOf(jars);
        additionalModules = List.copyOf(additionalModules);
        excludeModules = List.copyOf(excludeModules);
    }
}
