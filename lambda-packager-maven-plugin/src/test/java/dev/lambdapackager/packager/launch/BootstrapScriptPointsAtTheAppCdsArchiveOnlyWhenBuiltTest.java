package dev.lambdapackager.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.FakeJavaTaskRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole command line, as the JVM receives it, for each kind of class data: an application archive or the
 * function's own AOT cache is named on it; the default archive is not (the JVM finds it itself, and naming a missing
 * one would fail).
 */
class BootstrapScriptPointsAtTheAppCdsArchiveOnlyWhenBuiltTest {

    @TempDir
    Path taskRoot;

    @ParameterizedTest
    @EnumSource(CdsArchive.class)
    void startsExactlyThisCommandLine(CdsArchive cds) throws Exception {
        String script = new BootstrapScript(
                        "Numbers",
                        "com.example.Handler",
                        "dev.example.Launcher",
                        List.of("numbers-1.0.jar", "lambda-streaming-runtime-0.1.0.jar"),
                        cds,
                        List.of(),
                        "test")
                .text();
        String root = taskRoot.toString();

        List<String> expected = new ArrayList<>();
        expected.add(root + "/jre/bin/java");
        if (cds == CdsArchive.AOT) {
            expected.add("-XX:AOTCache=" + root + "/jre/lib/server/Numbers.aot");
        }
        if (cds == CdsArchive.APPLICATION) {
            expected.addAll(List.of("-XX:SharedArchiveFile=" + root + "/jre/lib/server/app-cds.jsa", "-Xshare:auto"));
        }
        expected.addAll(List.of(
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData",
                "-XX:+ExitOnOutOfMemoryError",
                "-Xmx870m",
                "-cp",
                root + "/lib/numbers-1.0.jar:" + root + "/lib/lambda-streaming-runtime-0.1.0.jar",
                "dev.example.Launcher",
                "com.example.Handler"));

        assertThat(FakeJavaTaskRoot.create(taskRoot, script)
                        .run(Map.of("LAMBDA_TASK_ROOT", root, "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")))
                .containsExactlyElementsOf(expected);
    }
}
