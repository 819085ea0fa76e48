package dev.lambdapackager.packager.container;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PullPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A child JVM for {@link BuilderContainerIsRemovedWhenTheBuildIsStoppedTest}: runs a builder container that
 * sleeps, as a build in progress would, and prints its id once it runs.
 */
public final class SleepingBuilderContainer {

    private SleepingBuilderContainer() {}

    /** Args: the x86_64 builder image. */
    public static void main(String[] args) throws Exception {
        DockerEngine engine = DockerEngine.connect(Duration.ofSeconds(5));
        BuilderImage image =
                BuilderImage.ensure(engine, args[0], Architecture.X86_64, PullPolicy.NEVER, PackagerListener.silent());
        BuilderContainer container = BuilderContainer.create(
                engine, image, List.of("/bin/sh", "-c", "echo running; sleep 120"), Map.of(), null);
        container.run(Duration.ofMinutes(5), line -> System.out.println(line + " " + container.id()));
    }
}
