package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LauncherProcess;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An {@code Error} (not wrapped by Java, unlike an exception) thrown while the handler class initialises is
 * reported to POST /init/error with its type and message, and the launcher exits 1 with one FATAL line, not
 * a stack trace from an uncaught exception in main.
 */
class AnErrorFromAStaticInitializerIsAnInitErrorTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void anAssertionErrorIsAHandlerConstructorErrorNamingIt() throws Exception {
        LauncherProcess process = LauncherProcess.run(
                LauncherProcess.fullClassPath(),
                Map.of("AWS_LAMBDA_RUNTIME_API", api.address()),
                List.of(),
                "dev.lambdapackager.runtime.handlers.ErrorInStaticInitializerHandler");

        RecordedRequest initError = api.takeRequest();
        assertThat(initError.method() + " " + initError.path()).isEqualTo("POST /2018-06-01/runtime/init/error");
        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.HandlerConstructorError");
        assertThat(initError.bodyText())
                .contains("dev.lambdapackager.runtime.handlers.ErrorInStaticInitializerHandler")
                .contains("java.lang.AssertionError: the configuration file is missing")
                .contains("ErrorInStaticInitializerHandler.checkConfiguration");
        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output()).contains("[FATAL] ").doesNotContain("Exception in thread");
    }
}
