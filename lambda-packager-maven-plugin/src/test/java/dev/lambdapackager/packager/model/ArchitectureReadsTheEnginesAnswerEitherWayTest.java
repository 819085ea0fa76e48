package dev.lambdapackager.packager.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An engine names its host's architecture as {@code uname -m} does (Docker: x86_64, aarch64) or as Go does (Podman:
 * amd64, arm64); both name the same architecture, and neither names the other one.
 */
class ArchitectureReadsTheEnginesAnswerEitherWayTest {

    @Test
    void dockersAndPodmansNames() {
        assertThat(Architecture.X86_64.isEngineArchitecture("x86_64")).isTrue();
        assertThat(Architecture.X86_64.isEngineArchitecture("amd64")).isTrue();
        assertThat(Architecture.ARM64.isEngineArchitecture("aarch64")).isTrue();
        assertThat(Architecture.ARM64.isEngineArchitecture("arm64")).isTrue();
    }

    @Test
    void theOtherArchitectureOrNoAnswer() {
        assertThat(Architecture.X86_64.isEngineArchitecture("aarch64")).isFalse();
        assertThat(Architecture.X86_64.isEngineArchitecture("arm64")).isFalse();
        assertThat(Architecture.ARM64.isEngineArchitecture("x86_64")).isFalse();
        assertThat(Architecture.ARM64.isEngineArchitecture("amd64")).isFalse();
        assertThat(Architecture.ARM64.isEngineArchitecture(null)).isFalse();
    }
}
