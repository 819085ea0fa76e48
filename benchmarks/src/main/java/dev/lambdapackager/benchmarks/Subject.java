package dev.lambdapackager.benchmarks;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One thing to benchmark: a main class with its class path and arguments, run by the shared JVM command. */
final class Subject {

    final String name;
    final String classPath;
    final String mainClass;
    final List<String> arguments;
    final boolean servesInvocations;

    Subject(String name, String classPath, String mainClass, List<String> arguments, boolean servesInvocations) {
        this.name = name;
        this.classPath = classPath;
        this.mainClass = mainClass;
        this.arguments = arguments;
        this.servesInvocations = servesInvocations;
    }

    /**
     * Starts the subject against a Runtime API, its output discarded (logging is not what is measured).
     *
     * @param launchPrefix words before the java command, e.g. {@code taskset -c 1} to pin it to one CPU
     */
    Process start(String java, List<String> jvmFlags, String runtimeApi, List<String> launchPrefix) throws IOException {
        List<String> command = new ArrayList<>(launchPrefix);
        command.add(java);
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        builder.environment().put("AWS_LAMBDA_FUNCTION_NAME", "bench");
        builder.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        builder.environment().put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        builder.environment().put("LAMBDA_TASK_ROOT", System.getProperty("java.io.tmpdir"));
        builder.environment().remove("_HANDLER");
        return builder.start();
    }

    static String join(List<String> entries) {
        return String.join(File.pathSeparator, entries);
    }
}
