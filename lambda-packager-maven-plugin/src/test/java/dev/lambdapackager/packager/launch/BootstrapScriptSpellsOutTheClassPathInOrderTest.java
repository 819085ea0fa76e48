package dev.lambdapackager.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.testing.FakeJavaTaskRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CDS archive is only used when the class path matches the one it was dumped with, and {@code lib/*} would
 * expand in directory order: so each jar is named, in the order given (the function's jar first), not sorted.
 */
class BootstrapScriptSpellsOutTheClassPathInOrderTest {

    @TempDir
    Path taskRoot;

    @Test
    void namesEachJarInTheGivenOrder() throws Exception {
        List<String> jars =
                List.of("zeta-function-1.0.jar", "lambda-streaming-runtime-0.1.0.jar", "a-dependency-2.0.jar");
        String script = new BootstrapScript(
                        "Numbers",
                        "com.example.Handler",
                        "dev.example.Launcher",
                        jars,
                        CdsArchive.APPLICATION,
                        List.of(),
                        "test")
                .text();

        List<String> commandLine = FakeJavaTaskRoot.create(taskRoot, script).run(Map.of());

        String lib = taskRoot + "/lib/";
        assertThat(commandLine.get(commandLine.indexOf("-cp") + 1).split(":"))
                .containsExactly(
                        lib + "zeta-function-1.0.jar",
                        lib + "lambda-streaming-runtime-0.1.0.jar",
                        lib + "a-dependency-2.0.jar");
        assertThat(script).doesNotContain("lib/*");
    }

    @Test
    void refusesAFunctionWithoutJars() {
        assertThatThrownBy(() -> new BootstrapScript(
                        "Numbers",
                        "com.example.Handler",
                        "dev.example.Launcher",
                        List.of(),
                        CdsArchive.NONE,
                        List.of(),
                        "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one jar");
    }
}
