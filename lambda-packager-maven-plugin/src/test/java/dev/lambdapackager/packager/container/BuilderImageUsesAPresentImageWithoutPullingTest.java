package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.RecordingListener;
import dev.lambdapackager.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The default policy, ifNotPresent, uses an image of the right architecture that the engine already has
 * without contacting its registry, and reports the engine's id of it (part of the cache key when pulling).
 */
class BuilderImageUsesAPresentImageWithoutPullingTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void noPull(Architecture architecture) throws Exception {
        RecordingListener listener = new RecordingListener();
        String reference = TestEngine.builderImage(architecture);
        try (DockerEngine engine = TestEngine.connect()) {
            BuilderImage image =
                    BuilderImage.ensure(engine, reference, architecture, PullPolicy.IF_NOT_PRESENT, listener);

            assertThat(image.reference()).isEqualTo(reference);
            assertThat(image.architecture()).isEqualTo(architecture);
            assertThat(image.id())
                    .isEqualTo(engine.client().inspectImageCmd(reference).exec().getId())
                    .startsWith("sha256:");
        }
        assertThat(listener.lines()).noneMatch(line -> line.contains("Pulling") || line.contains("Pulled"));
    }
}
