package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.RecordingListener;
import dev.lambdapackager.testing.TestEngine;
import org.junit.jupiter.api.Test;

/**
 * Where the module analysis runs depends on whether the builder is emulated; the real engine says so. This machine's
 * engine runs on x86_64 (CI and the test images are built for it): its x86_64 builder runs natively, its arm64 one
 * under qemu.
 */
class DockerJreBuilderTellsWhetherTheBuilderIsEmulatedTest {

    @Test
    void theEnginesOwnArchitectureRunsNativelyAndTheOtherIsEmulated() throws Exception {
        String host;
        try (DockerEngine engine = TestEngine.connect()) {
            host = engine.client().infoCmd().exec().getArchitecture();
        }
        assertThat(Architecture.X86_64.isEngineArchitecture(host))
                .as("these tests expect an x86_64 engine; it runs on %s", host)
                .isTrue();
        try (DockerJreBuilder builder = new DockerJreBuilder(new RecordingListener())) {
            builder.prepare(TestEngine.builderImage(Architecture.X86_64), Architecture.X86_64, PullPolicy.NEVER);
            assertThat(builder.emulated()).isFalse();
        }
        try (DockerJreBuilder builder = new DockerJreBuilder(new RecordingListener())) {
            builder.prepare(TestEngine.builderImage(Architecture.ARM64), Architecture.ARM64, PullPolicy.NEVER);
            assertThat(builder.emulated()).isTrue();
        }
    }
}
