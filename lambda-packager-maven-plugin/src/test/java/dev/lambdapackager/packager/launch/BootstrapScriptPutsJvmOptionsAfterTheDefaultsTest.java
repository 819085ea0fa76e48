package dev.lambdapackager.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.FakeJavaTaskRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For repeated -X/-XX flags the JVM takes the last one, so the user's jvmOptions come after every default
 * (CDS, fast-start flags, heap) to override them, and before -cp so that they are JVM options, not arguments.
 */
class BootstrapScriptPutsJvmOptionsAfterTheDefaultsTest {

    @TempDir
    Path taskRoot;

    @Test
    void userFlagsFollowTheDefaultsAndPrecedeTheClassPath() throws Exception {
        String script = new BootstrapScript(
                        "Numbers",
                        "com.example.Handler",
                        "dev.example.Launcher",
                        List.of("numbers.jar"),
                        CdsArchive.APPLICATION,
                        List.of("-Xmx64m", "-XX:TieredStopAtLevel=4"),
                        "test")
                .text();

        List<String> commandLine = FakeJavaTaskRoot.create(taskRoot, script).run(Map.of());

        int userHeap = commandLine.indexOf("-Xmx64m");
        int userTiering = commandLine.indexOf("-XX:TieredStopAtLevel=4");
        assertThat(userTiering).isEqualTo(userHeap + 1);
        assertThat(commandLine.subList(1, userHeap))
                .as("defaults")
                .contains("-Xmx435m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
        assertThat(commandLine.subList(userTiering + 1, commandLine.size()))
                .first()
                .isEqualTo("-cp");
    }
}
