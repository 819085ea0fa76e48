package dev.lambdapackager.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures of a running process from Linux's {@code /proc/<pid>/status}, in KiB. */
final class ProcStatus {

    private ProcStatus() {}

    /** @return current resident set size */
    static long rssKib(long pid) throws IOException {
        return field(pid, "VmRSS:");
    }

    /** @return peak resident set size ("high water mark") */
    static long hwmKib(long pid) throws IOException {
        return field(pid, "VmHWM:");
    }

    /**
     * Resets the process's peak RSS to its current RSS (Linux 4.0+, needs the right to write clear_refs).
     *
     * @return true when the reset worked; otherwise a later peak includes earlier ones
     */
    static boolean resetPeak(long pid) {
        try {
            Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static long field(long pid, String name) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(name)) {
                return Long.parseLong(
                        line.substring(name.length()).replace("kB", "").trim());
            }
        }
        throw new IOException(name + " not in /proc/" + pid + "/status");
    }
}
