package dev.lambdapackager.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An unzipped function's {@code bootstrap} started on this machine the way Lambda starts it: {@code LAMBDA_TASK_ROOT},
 * {@code AWS_LAMBDA_RUNTIME_API}, {@code _HANDLER} and the memory size in the environment, output to a log file.
 * Only for zips of this machine's architecture.
 */
public final class BootstrapProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private BootstrapProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code taskRoot/bootstrap} against {@code runtimeApi} ({@code host:port}), with {@code extraEnvironment} added. */
    public static BootstrapProcess start(Path taskRoot, String runtimeApi, Map<String, String> extraEnvironment)
            throws IOException {
        Path log = taskRoot.resolveSibling(taskRoot.getFileName() + "-bootstrap.log");
        ProcessBuilder builder = new ProcessBuilder(
                        taskRoot.resolve("bootstrap").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LAMBDA_TASK_ROOT", taskRoot.toString());
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        builder.environment().put("_HANDLER", "provided");
        builder.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128");
        builder.environment().putAll(extraEnvironment);
        return new BootstrapProcess(builder.start(), log);
    }

    /** What the process printed so far. */
    public String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Waits for the process to end; its exit code, or fails after {@code seconds}. */
    public int waitFor(long seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("bootstrap still runs after " + seconds + " s; output:\n" + output());
        }
        return process.exitValue();
    }

    /** Stops the process if it still runs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
