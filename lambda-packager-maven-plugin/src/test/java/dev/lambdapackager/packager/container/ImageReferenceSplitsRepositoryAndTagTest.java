package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pull API takes the repository and the tag (or digest) apart. A registry's port is not a tag, a digest
 * is kept whole, and no tag means latest, as with docker pull.
 */
class ImageReferenceSplitsRepositoryAndTagTest {

    @ParameterizedTest
    @CsvSource({
        "public.ecr.aws/amazoncorretto/amazoncorretto:21-al2023-jdk, public.ecr.aws/amazoncorretto/amazoncorretto, 21-al2023-jdk",
        "amazoncorretto:21, amazoncorretto, 21",
        "amazoncorretto, amazoncorretto, latest",
        "127.0.0.1:9/lambda-packager/nothing:1, 127.0.0.1:9/lambda-packager/nothing, 1",
        "registry.local:5000/builder, registry.local:5000/builder, latest",
        "registry.local:5000/team/builder:17-arm64, registry.local:5000/team/builder, 17-arm64",
        "builder@sha256:0123456789abcdef, builder, sha256:0123456789abcdef",
        "registry.local:5000/builder@sha256:0123456789abcdef, registry.local:5000/builder, sha256:0123456789abcdef"
    })
    void parses(String reference, String repository, String tagOrDigest) {
        assertThat(ImageReference.parse(reference)).isEqualTo(new ImageReference(repository, tagOrDigest));
    }
}
