package dev.lambdapackager.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.FakeJavaTaskRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nested class's binary name has a '$' ({@code Outer$Inner}), which sh would expand as a variable: the
 * launcher (read from the runtime jar's Main-Class) and the handler must both reach the JVM as written.
 */
class BootstrapScriptKeepsDollarsInClassNamesTest {

    @TempDir
    Path taskRoot;

    @Test
    void launcherAndHandlerArriveUnchanged() throws Exception {
        String script = new BootstrapScript(
                        "Numbers",
                        "com.example.Handlers$Numbers",
                        "dev.example.Runtime$Launcher",
                        List.of("numbers.jar"),
                        CdsArchive.NONE,
                        List.of(),
                        "test")
                .text();

        List<String> commandLine =
                FakeJavaTaskRoot.create(taskRoot, script).run(Map.of("Launcher", "x", "Numbers", "y"));

        assertThat(commandLine.subList(commandLine.size() - 2, commandLine.size()))
                .containsExactly("dev.example.Runtime$Launcher", "com.example.Handlers$Numbers");
    }
}
