package dev.lambdapackager.packager.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Lambda instruction set architectures, with the names each tool uses for them. One place maps
 * Lambda's name to the container platform used for pull, create and the image check, so a mismatch is
 * always caught and never silently replaced by the host's architecture.
 */
public enum Architecture {
    /** Graviton: Lambda's {@code arm64}, the container platform {@code linux/arm64}. */
    ARM64("arm64", "arm64", "aarch64", 183),
    /** Lambda's {@code x86_64}, the container platform {@code linux/amd64}. */
    X86_64("x86_64", "amd64", "x86_64", 62);

    private final String lambdaName;
    private final String dockerArchitecture;
    private final String unameMachine;
    private final int elfMachine;

    Architecture(String lambdaName, String dockerArchitecture, String unameMachine, int elfMachine) {
        this.lambdaName = lambdaName;
        this.dockerArchitecture = dockerArchitecture;
        this.unameMachine = unameMachine;
        this.elfMachine = elfMachine;
    }

    /**
     * Reads Lambda's name for an architecture ({@code arm64} or {@code x86_64}); {@code aarch64} and
     * {@code amd64} are accepted as aliases because people type them.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Architecture parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "arm64":
            case "aarch64":
                return ARM64;
            case "x86_64":
            case "amd64":
            case "x86-64":
                return X86_64;
            default:
                throw new IllegalArgumentException("unknown architecture '" + value + "'; use one of "
                        + Arrays.stream(values()).map(Architecture::lambdaName).collect(Collectors.joining(", ")));
        }
    }

    /** The name Lambda uses ({@code --architectures}), also this plugin's configuration value. */
    public String lambdaName() {
        return lambdaName;
    }

    /** The architecture as a container image config records it ({@code arm64}, {@code amd64}). */
    public String dockerArchitecture() {
        return dockerArchitecture;
    }

    /** The platform string for pull and create: {@code linux/arm64} or {@code linux/amd64}. */
    public String platform() {
        return "linux/" + dockerArchitecture;
    }

    /** What {@code uname -m} prints inside a container of this architecture. */
    public String unameMachine() {
        return unameMachine;
    }

    /**
     * Whether an engine's answer for its host's architecture names this one: Docker answers as {@code uname -m} does
     * ({@code x86_64}, {@code aarch64}), Podman as Go does ({@code amd64}, {@code arm64}).
     */
    public boolean isEngineArchitecture(String answer) {
        return unameMachine.equals(answer) || dockerArchitecture.equals(answer);
    }

    /** The ELF {@code e_machine} value of this architecture's executables (EM_AARCH64, EM_X86_64). */
    public int elfMachine() {
        return elfMachine;
    }

    @Override
    public String toString() {
        return lambdaName;
    }
}
