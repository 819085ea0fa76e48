package dev.lambdapackager.packager.launch;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The {@code bootstrap} file Lambda's OS-only runtime executes. This class alone writes the function's JVM
 * command line: the linked JRE, its CDS archive, the fast-start flags, a heap sized from the function's
 * memory, the user's {@code jvmOptions} (last, so they win), the class path spelled out jar by jar in a fixed
 * order (a CDS archive is only used when the class path matches the one it was dumped with; {@code lib/*}
 * would expand in directory order), then the runtime's launcher and the handler.
 */
public final class BootstrapScript {

    /**
     * Flags for a function JVM that starts often and runs briefly: C1 only, the serial collector (fastest to
     * start here, and a Lambda has one or two vCPUs), no perf-data file in /tmp. The CDS training start uses
     * the same flags, so the archive matches what runs.
     */
    public static final List<String> FAST_START_FLAGS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

    /** Share of the function's memory given to the Java heap; the rest is metaspace, code, stacks, the OS. */
    public static final int HEAP_PERCENT = 85;

    /** The folder of the zip that holds a function's AOT cache, {@code <Function>.aot}. */
    public static final String AOT_CACHE_FOLDER = "jre/lib/server/";

    /** Where the application CDS archive sits in the zip. */
    public static final String APP_CDS_ARCHIVE = "jre/lib/server/app-cds.jsa";

    private final String functionName;
    private final String handler;
    private final String launcherClass;
    private final List<String> jarNames;
    private final CdsArchive cds;
    private final List<String> jvmOptions;
    private final String generator;

    /**
     * @param jarNames file names in {@code lib/}, in class-path order
     * @param generator who wrote it, for the header comment (e.g. the plugin and its version)
     */
    public BootstrapScript(
            String functionName,
            String handler,
            String launcherClass,
            List<String> jarNames,
            CdsArchive cds,
            List<String> jvmOptions,
            String generator) {
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.launcherClass = Objects.requireNonNull(launcherClass, "launcherClass");
        this.jarNames = List.copyOf(jarNames);
        this.cds = Objects.requireNonNull(cds, "cds");
        this.jvmOptions = List.copyOf(jvmOptions);
        this.generator = Objects.requireNonNull(generator, "generator");
        if (this.jarNames.isEmpty()) {
            throw new IllegalArgumentException("a function needs at least one jar");
        }
    }

    /** The script text, with a trailing newline. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# Lambda bootstrap of function ")
                .append(functionName)
                .append(", written by ")
                .append(generator)
                .append(".\n");
        s.append("# Lambda's provided.al2023 runtime executes it; it starts the JVM linked for this function.\n");
        s.append(": \"${LAMBDA_TASK_ROOT:=$(cd \"$(dirname \"$0\")\" && pwd)}\"\n");
        s.append("heap_mb=$(( ${AWS_LAMBDA_FUNCTION_MEMORY_SIZE:-512} * ")
                .append(HEAP_PERCENT)
                .append(" / 100 ))\n");
        s.append("exec \"$LAMBDA_TASK_ROOT/jre/bin/java\" \\\n");
        if (cds == CdsArchive.AOT) {
            s.append("  -XX:AOTCache=\"$LAMBDA_TASK_ROOT/")
                    .append(aotCache(functionName))
                    .append("\" \\\n");
        }
        if (cds == CdsArchive.APPLICATION) {
            s.append("  -XX:SharedArchiveFile=\"$LAMBDA_TASK_ROOT/")
                    .append(APP_CDS_ARCHIVE)
                    .append("\" -Xshare:auto \\\n");
        }
        s.append("  ").append(String.join(" ", FAST_START_FLAGS)).append(" -XX:+ExitOnOutOfMemoryError \\\n");
        s.append("  -Xmx\"${heap_mb}m\" \\\n");
        for (String option : jvmOptions) {
            s.append("  ").append(quote(option)).append(" \\\n");
        }
        s.append("  -cp \"")
                .append(jarNames.stream()
                        .map(jar -> "$LAMBDA_TASK_ROOT/lib/" + jar)
                        .collect(Collectors.joining(":")))
                .append("\" \\\n");
        s.append("  ")
                .append(quote(launcherClass))
                .append(' ')
                .append(quote(handler))
                .append('\n');
        return s.toString();
    }

    /** Where the AOT cache of {@code functionName} sits in its zip. */
    public static String aotCache(String functionName) {
        return AOT_CACHE_FOLDER + functionName + ".aot";
    }

    /** Quotes a word for POSIX sh so that it reaches the JVM exactly as written. */
    public static String quote(String word) {
        if (!word.isEmpty()
                && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_=.,:/+@%".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
