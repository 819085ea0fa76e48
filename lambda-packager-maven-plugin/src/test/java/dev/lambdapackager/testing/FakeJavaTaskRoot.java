package dev.lambdapackager.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * An unzipped function whose {@code jre/bin/java} is a shell script that prints the path it was run as, then
 * each argument on a line of its own: running a {@code bootstrap} in it shows the exact command line the real
 * JVM would get, after the shell has done its quoting and expansion.
 */
public final class FakeJavaTaskRoot {

    private static final String FAKE_JAVA = "#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\"\n";

    private final Path directory;

    private FakeJavaTaskRoot(Path directory) {
        this.directory = directory;
    }

    /** Writes {@code bootstrap} and the fake {@code jre/bin/java} into {@code directory}. */
    public static FakeJavaTaskRoot create(Path directory, String bootstrap) throws IOException {
        Path java = directory.resolve("jre/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, FAKE_JAVA, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(directory.resolve("bootstrap"), bootstrap, StandardCharsets.UTF_8);
        return new FakeJavaTaskRoot(directory);
    }

    /** The folder holding {@code bootstrap}. */
    public Path directory() {
        return directory;
    }

    /**
     * Runs {@code /bin/sh bootstrap} from {@code workingDirectory} with only {@code PATH} and {@code environment}
     * set (so nothing of the test's own environment, such as a memory size, leaks in).
     *
     * @param scriptPath how the script is named on the command line, relative to {@code workingDirectory} or absolute
     * @return what the fake java printed: its own path, then its arguments
     */
    public List<String> run(Path workingDirectory, String scriptPath, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", scriptPath)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        String path = builder.environment().get("PATH");
        builder.environment().clear();
        builder.environment().put("PATH", path);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new AssertionError("bootstrap exited with " + exit + ":\n" + output);
        }
        return output.lines().toList();
    }

    /** Runs the bootstrap by its absolute path, from its own folder. */
    public List<String> run(Map<String, String> environment) throws IOException, InterruptedException {
        return run(directory, directory.resolve("bootstrap").toString(), environment);
    }
}
