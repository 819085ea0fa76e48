package dev.lambdapackager.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.FakeJavaTaskRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lambda sets LAMBDA_TASK_ROOT; someone running an unzipped function by hand does not. Then the script's own
 * folder is the task root, as an absolute path, whatever the working directory and however the script is named.
 */
class BootstrapScriptFindsItsTaskRootWhenUnsetTest {

    @TempDir
    Path temp;

    @Test
    void byARelativePathFromTheParentFolder() throws Exception {
        FakeJavaTaskRoot task = taskRoot();
        assertStartedFrom(task.directory(), task.run(temp, "function/bootstrap", Map.of()));
    }

    @Test
    void byAnAbsolutePathFromAnotherFolder() throws Exception {
        FakeJavaTaskRoot task = taskRoot();
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        assertStartedFrom(
                task.directory(),
                task.run(elsewhere, task.directory().resolve("bootstrap").toString(), Map.of()));
    }

    @Test
    void aSetTaskRootWins() throws Exception {
        // Lambda's value is used as given, even if the script were somewhere else.
        FakeJavaTaskRoot task = taskRoot();
        Path other = Files.createDirectory(temp.resolve("other"));
        FakeJavaTaskRoot.create(other, "");
        assertStartedFrom(other, task.run(Map.of("LAMBDA_TASK_ROOT", other.toString())));
    }

    private FakeJavaTaskRoot taskRoot() throws Exception {
        String script = new BootstrapScript(
                        "Numbers",
                        "com.example.Handler",
                        "dev.example.Launcher",
                        List.of("numbers.jar"),
                        CdsArchive.APPLICATION,
                        List.of(),
                        "test")
                .text();
        return FakeJavaTaskRoot.create(Files.createDirectory(temp.resolve("function")), script);
    }

    private static void assertStartedFrom(Path root, List<String> commandLine) {
        assertThat(commandLine.get(0)).isEqualTo(root + "/jre/bin/java");
        assertThat(commandLine)
                .contains("-XX:SharedArchiveFile=" + root + "/jre/lib/server/app-cds.jsa", root + "/lib/numbers.jar");
    }
}
