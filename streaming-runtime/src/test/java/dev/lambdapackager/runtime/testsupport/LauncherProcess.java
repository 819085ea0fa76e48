package dev.lambdapackager.runtime.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the runtime's Launcher in a child JVM, as the bootstrap script does, and collects how it ended. */
public final class LauncherProcess {

    public static final String LAUNCHER = "dev.lambdapackager.runtime.internal.Launcher";
    private static final long TIMEOUT_SECONDS = 60;

    private final int exitCode;
    private final String output;

    private LauncherProcess(int exitCode, String output) {
        this.exitCode = exitCode;
        this.output = output;
    }

    /** @return a loopback port that nothing listened on a moment ago */
    public static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** The test JVM's class path: the runtime, the test handlers and aws-lambda-java-core. */
    public static String fullClassPath() {
        return System.getProperty("java.class.path");
    }

    /** Only the runtime's and the tests' classes: no aws-lambda-java-core, no JUnit. */
    public static String classPathWithoutLibraries() throws Exception {
        return codeSource(dev.lambdapackager.runtime.LambdaRuntime.class)
                + File.pathSeparator
                + codeSource(LauncherProcess.class);
    }

    private static String codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    /**
     * @param classPath the child's class path
     * @param environment variables added to the inherited environment (AWS_LAMBDA_RUNTIME_API and _HANDLER are
     *        never inherited)
     * @param jvmOptions options before the main class
     * @param arguments the Launcher's arguments
     * @return how the process ended; fails if it did not end within 60 s
     */
    public static LauncherProcess run(
            String classPath, Map<String, String> environment, List<String> jvmOptions, String... arguments)
            throws IOException, InterruptedException {
        Process process = start(classPath, environment, jvmOptions, arguments);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not exit within " + TIMEOUT_SECONDS + " s: "
                    + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return new LauncherProcess(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * Starts the launcher and leaves it running; the caller must destroy it.
     *
     * @see #run(String, Map, List, String...)
     */
    public static Process start(
            String classPath, Map<String, String> environment, List<String> jvmOptions, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(LAUNCHER);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The child's output is compared line by line: no Runtime API or handler from outside, and no
        // "Picked up JAVA_TOOL_OPTIONS" notice from the JVM.
        for (String inherited : List.of(
                "AWS_LAMBDA_RUNTIME_API",
                "_HANDLER",
                "LOCAL_LAMBDA_SERVER_ENABLED",
                "AWS_LAMBDA_LOG_FORMAT",
                "AWS_LAMBDA_LOG_LEVEL",
                "JAVA_TOOL_OPTIONS",
                "_JAVA_OPTIONS",
                "JDK_JAVA_OPTIONS")) {
            builder.environment().remove(inherited);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    public int exitCode() {
        return exitCode;
    }

    public String output() {
        return output;
    }
}
