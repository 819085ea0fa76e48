package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.dockerjava.api.command.CreateContainerCmd;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.testing.TestEngine;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one way both container kinds (builder, invoke sandbox) are created, against the real engine: each kind of
 * refusal is told apart, since the builder and the sandbox report them with different advice, and the message names
 * the image and the platform; a created container is gone after close.
 */
class OwnedContainerNamesTheEnginesRefusalTest {

    private static DockerEngine engine;

    @BeforeAll
    static void connect() {
        engine = TestEngine.connect();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aMissingImage() {
        String image = "lambda-packager/not-there:1";
        OwnedContainer.Refusal refusal = catchThrowableOfType(
                OwnedContainer.Refusal.class,
                () -> OwnedContainer.create(
                        engine, command(image, Architecture.X86_64), image, Architecture.X86_64, "container"));

        assertThat(refusal.kind()).isEqualTo(OwnedContainer.Refusal.Kind.IMAGE_MISSING);
        assertThat(refusal)
                .hasMessageStartingWith(
                        "The Docker engine cannot create a linux/amd64 container from lambda-packager/not-there:1: ");
    }

    @Test
    void anImageOfAnotherArchitecture() {
        String image = TestEngine.builderImage(Architecture.X86_64);
        OwnedContainer.Refusal refusal = catchThrowableOfType(
                OwnedContainer.Refusal.class,
                () -> OwnedContainer.create(
                        engine, command(image, Architecture.ARM64), image, Architecture.ARM64, "sandbox container"));

        assertThat(refusal.kind()).isEqualTo(OwnedContainer.Refusal.Kind.WRONG_ARCHITECTURE);
        assertThat(refusal)
                .hasMessageStartingWith(
                        "The Docker engine cannot create a linux/arm64 sandbox container from " + image + ": ")
                .hasMessageContaining("platform");
    }

    @Test
    void anyOtherRefusal() {
        String image = TestEngine.builderImage(Architecture.X86_64);
        CreateContainerCmd invalid = command(image, Architecture.X86_64);
        invalid.withName("not a valid name!");
        OwnedContainer.Refusal refusal = catchThrowableOfType(
                OwnedContainer.Refusal.class,
                () -> OwnedContainer.create(engine, invalid, image, Architecture.X86_64, "container"));

        assertThat(refusal.kind()).isEqualTo(OwnedContainer.Refusal.Kind.OTHER);
        assertThat(refusal).hasMessageStartingWith("The Docker engine cannot create a container from " + image + ": ");
    }

    @Test
    void closeRemovesTheContainer() throws Exception {
        String image = TestEngine.builderImage(Architecture.X86_64);
        String id;
        try (OwnedContainer container = OwnedContainer.create(
                engine, command(image, Architecture.X86_64), image, Architecture.X86_64, "container")) {
            id = container.id();
            assertThat(engine.client().listContainersCmd().withShowAll(true).exec())
                    .anyMatch(c -> c.getId().equals(id));
        }
        assertThat(engine.client().listContainersCmd().withShowAll(true).exec())
                .noneMatch(c -> c.getId().equals(id));
    }

    private static CreateContainerCmd command(String image, Architecture architecture) {
        return engine.client()
                .createContainerCmd(image)
                .withPlatform(architecture.platform())
                .withCmd(List.of("true"))
                .withEntrypoint(List.of());
    }
}
