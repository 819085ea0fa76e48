package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.packager.model.PackagerListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * The pipeline step that finds the JDK modules the jars need, with the jdeps of the JVM running the build, in
 * process (no JVM start, no container) — but only when that JDK is the builder's feature version, because jdeps
 * answers with its own JDK's module graph. Otherwise (or before the builder's version is known) it answers nothing
 * and the link phase runs jdeps in the builder. The command line is the build script's, so both give one answer.
 */
public final class ResolveModules {

    private static final String EC_MODULE = "jdk.crypto.ec";
    private static final Pattern MODULE_LIST = Pattern.compile("[a-z0-9.]+(,[a-z0-9.]+)*");

    private final PackagerListener listener;

    public ResolveModules(PackagerListener listener) {
        this.listener = listener;
    }

    /** Whether the host's jdeps can answer for a builder JDK of {@code builderFeature} (see {@link #resolve}). */
    public static boolean canAnalyse(Optional<Integer> builderFeature) {
        return builderFeature.isPresent()
                && builderFeature.get() == Runtime.version().feature()
                && ToolProvider.findFirst("jdeps").isPresent();
    }

    /**
     * The modules to link ({@code additionalModules} included), or empty when the builder must find them.
     *
     * @param builderFeature the builder JDK's feature version, when known
     */
    public Optional<List<String>> resolve(
            List<JarInput> jars,
            List<String> additionalModules,
            List<String> excludeModules,
            Optional<Integer> builderFeature) {
        int host = Runtime.version().feature();
        if (builderFeature.isEmpty() || builderFeature.get() != host) {
            listener.debug("module analysis in the builder: the host's JDK is " + host + ", the builder's "
                    + builderFeature.map(String::valueOf).orElse("not known yet"));
            return Optional.empty();
        }
        Optional<ToolProvider> jdeps = ToolProvider.findFirst("jdeps");
        if (jdeps.isEmpty()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        List<String> args = new ArrayList<>(
                List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", Integer.toString(host)));
        jars.forEach(jar -> args.add(jar.file().toString()));
        StringWriter out = new StringWriter();
        int exit = jdeps.get().run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        String[] lines = out.toString().strip().split("\\R", -1);
        String last = lines[lines.length - 1].strip();
        if (exit != 0 || !MODULE_LIST.matcher(last).matches()) {
            listener.debug("jdeps on the host failed (exit " + exit + "), analysing in the builder: " + out);
            return Optional.empty();
        }
        List<String> found = Arrays.asList(last.split(","));
        listener.debug("jdeps on the host: " + String.join(",", found) + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return Optional.of(select(found, additionalModules, excludeModules, host, listener));
    }

    /**
     * The modules to link from what jdeps found: the excluded ones left out, {@code jdk.crypto.ec} added before JDK 22,
     * the additional ones added; each choice logged with its reason. The link phase of the build script makes the
     * same choices when jdeps runs in the builder (keep the two in step).
     */
    static List<String> select(
            List<String> found, List<String> additional, List<String> exclude, int feature, PackagerListener listener) {
        List<String> modules = new ArrayList<>(found);
        for (String module : exclude) {
            if (modules.remove(module)) {
                listener.info("modules: leaving out " + module + " (excludeModules); the training start checks that the"
                        + " function starts without it");
            } else {
                listener.warn("excluded module " + module + " is not among the modules jdeps found ("
                        + String.join(",", found) + "); nothing to leave out");
            }
        }
        // Before JDK 22 the EC algorithms live in their own module, which jdeps never reports: it is a security
        // provider, found through a service. java.base's networking reaches TLS (HttpsURLConnection, every client on
        // it), and most TLS servers (AWS's included) use ECDHE and EC certificates: without it, the first HTTPS call
        // fails with handshake_failure. It adds about 0.1 MB to the zip, so it is always linked there.
        if (feature < 22
                && !modules.contains(EC_MODULE)
                && !additional.contains(EC_MODULE)
                && !exclude.contains(EC_MODULE)) {
            modules.add(EC_MODULE);
            listener.info("modules: added " + EC_MODULE + " (Java " + feature
                    + " keeps the EC algorithms TLS needs in it;" + " jdeps cannot see security providers)");
        }
        if (!additional.isEmpty()) {
            modules.addAll(additional);
            listener.info("modules: added " + String.join(",", additional) + " (additionalModules)");
        }
        return List.copyOf(modules);
    }
}
