package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.handlers.EchoHandler;
import dev.lambdapackager.runtime.testsupport.LauncherProcess;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No runtime class that the JVM loads between main and the first GET /next (and out again on a dropped
 * connection) contains an invokedynamic: string concatenation and lambdas each cost milliseconds of start-up
 * that the benchmark counts.
 */
class TheStartPathAvoidsInvokedynamicTest {

    private static final Pattern RUNTIME_CLASS_LOADED =
            Pattern.compile("\\[class,load\\] (dev\\.lambdapackager\\.runtime\\.[\\w.$]+) source: file:.*/classes/");

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void noClassOnThePathHasAnInvokedynamic() throws Exception {
        api.enqueueDrop();
        LauncherProcess process = LauncherProcess.run(
                LauncherProcess.classPathWithoutLibraries(),
                Map.of("AWS_LAMBDA_RUNTIME_API", api.address()),
                List.of("-Xlog:class+load=info"),
                EchoHandler.class.getName());
        assertThat(process.output()).contains("[FATAL] Lost the connection");

        List<String> runtimeClasses = new ArrayList<>();
        Matcher loaded = RUNTIME_CLASS_LOADED.matcher(process.output());
        while (loaded.find()) {
            if (!loaded.group(1).startsWith("dev.lambdapackager.runtime.handlers.")) {
                runtimeClasses.add(loaded.group(1));
            }
        }
        assertThat(runtimeClasses)
                .contains(
                        "dev.lambdapackager.runtime.internal.Launcher",
                        "dev.lambdapackager.runtime.internal.api.RuntimeApiClient",
                        "dev.lambdapackager.runtime.internal.http.HttpInput");

        List<String> javapArguments = new ArrayList<>(List.of("-c", "-p", "--class-path", runtimeClasses()));
        javapArguments.addAll(runtimeClasses);
        StringWriter disassembly = new StringWriter();
        int status = ToolProvider.findFirst("javap")
                .orElseThrow()
                .run(
                        new PrintWriter(disassembly),
                        new PrintWriter(new StringWriter()),
                        javapArguments.toArray(new String[0]));
        assertThat(status).isZero();
        assertThat(disassembly.toString()).contains("invokevirtual").doesNotContain("invokedynamic");
    }

    private static String runtimeClasses() throws Exception {
        return Path.of(LambdaRuntime.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
    }
}
