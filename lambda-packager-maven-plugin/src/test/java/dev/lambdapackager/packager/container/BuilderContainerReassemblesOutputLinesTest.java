package dev.lambdapackager.packager.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PullPolicy;
import dev.lambdapackager.testing.TestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The log stream arrives in frames cut wherever the process's writes and the engine's buffers fall: a line
 * may span frames, a frame may hold many lines, a UTF-8 character may be split, and the last line may have no
 * newline. The build's output is still handed on line by line, exactly.
 */
class BuilderContainerReassemblesOutputLinesTest {

    @Test
    void linesAsPrinted() throws Exception {
        String script = String.join(
                "; ",
                "printf 'first\\nsecond\\r\\nthird\\n'",
                "printf 'one line '",
                "sleep 0.2",
                "printf 'in two writes\\n'",
                "printf 'Gr\\303'",
                "sleep 0.2",
                "printf '\\274\\303\\237e\\n'",
                "head -c 100000 /dev/zero | tr '\\0' x; echo",
                "printf '\\n'",
                "printf 'last, without a newline'");
        List<String> output = new ArrayList<>();
        try (DockerEngine engine = TestEngine.connect()) {
            BuilderImage image = BuilderImage.ensure(
                    engine,
                    TestEngine.builderImage(Architecture.X86_64),
                    Architecture.X86_64,
                    PullPolicy.NEVER,
                    PackagerListener.silent());
            try (BuilderContainer container =
                    BuilderContainer.create(engine, image, List.of("/bin/sh", "-c", script), Map.of(), null)) {
                assertThat(container.run(Duration.ofMinutes(1), output::add))
                        .as("output %s", output)
                        .isZero();
            }
        }
        assertThat(output)
                .containsExactly(
                        "first",
                        "second",
                        "third",
                        "one line in two writes",
                        "Grüße",
                        "x".repeat(100_000),
                        "",
                        "last, without a newline");
    }
}
