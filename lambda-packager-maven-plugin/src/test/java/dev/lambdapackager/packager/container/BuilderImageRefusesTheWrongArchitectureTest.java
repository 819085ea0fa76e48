package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The image's JVM makes the CDS archive, so it must be of the function's architecture: an image of the other
 * one is refused (never run under a fallback), naming both platforms. Only with pull policy never: with
 * ifNotPresent the mismatch makes it pull, which would reach the image's real registry.
 */
class BuilderImageRefusesTheWrongArchitectureTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void imageOfTheOtherArchitecture(Architecture wanted) {
        Architecture other = wanted == Architecture.ARM64 ? Architecture.X86_64 : Architecture.ARM64;
        String image = TestEngine.builderImage(other);
        try (DockerEngine engine = TestEngine.connect()) {
            PackagingException e = catchThrowableOfType(
                    PackagingException.class,
                    () -> BuilderImage.ensure(engine, image, wanted, PullPolicy.NEVER, PackagerListener.silent()));

            assertThat(e.code()).isEqualTo(Code.IMAGE_WRONG_ARCHITECTURE);
            assertThat(e)
                    .hasMessageStartingWith("Builder image " + image + " is " + other.platform() + ", but architecture "
                            + wanted.lambdaName() + " needs a " + wanted.platform() + " image");
        }
    }
}
