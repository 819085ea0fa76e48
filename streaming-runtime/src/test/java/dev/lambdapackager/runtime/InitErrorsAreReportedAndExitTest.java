package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.testsupport.LauncherProcess;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A handler that cannot be loaded is reported to POST /init/error, and the launcher's JVM exits non-zero. */
class InitErrorsAreReportedAndExitTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void aMissingClassIsClassNotFound() throws Exception {
        RecordedRequest initError = launchExpectingInitError("com.example.NoSuchHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.ClassNotFound");
        assertThat(initError.bodyText()).contains("\"errorMessage\":\"Handler class com.example.NoSuchHandler is not"
                + " on the class path; check the handler name and that the function's jar is packaged\"");
    }

    @Test
    void aClassThatIsNotAHandlerIsInvalidHandler() throws Exception {
        RecordedRequest initError = launchExpectingInitError("dev.lambdapackager.runtime.handlers.NotAHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(initError.bodyText()).contains("implements neither dev.lambdapackager.runtime.StreamingLambdaHandler"
                + " nor com.amazonaws.services.lambda.runtime.RequestStreamHandler");
    }

    @Test
    void aThrowingConstructorIsHandlerConstructorError() throws Exception {
        RecordedRequest initError = launchExpectingInitError(
                "dev.lambdapackager.runtime.handlers.ThrowingConstructorHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type"))
                .isEqualTo("Runtime.HandlerConstructorError");
        assertThat(initError.bodyText()).contains("threw java.lang.IllegalStateException: TABLE_NAME is not set")
                .contains("ThrowingConstructorHandler.<init>");
    }

    @Test
    void noHandlerNameAtAllIsInvalidHandler() throws Exception {
        LauncherProcess process = LauncherProcess.run(LauncherProcess.fullClassPath(),
                Map.of("AWS_LAMBDA_RUNTIME_API", api.address()), List.of());

        RecordedRequest initError = api.takeRequest();
        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output()).contains("[FATAL] No handler class given: pass its name as the launcher's first"
                + " argument or set _HANDLER");
    }

    private RecordedRequest launchExpectingInitError(String handler) throws Exception {
        LauncherProcess process = LauncherProcess.run(LauncherProcess.fullClassPath(),
                Map.of("AWS_LAMBDA_RUNTIME_API", api.address()), List.of(), handler);

        RecordedRequest initError = api.takeRequest();
        assertThat(initError.method()).isEqualTo("POST");
        assertThat(initError.path()).isEqualTo("/2018-06-01/runtime/init/error");
        assertThat(initError.bodyText()).contains("\"errorType\":\"Runtime.");
        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output()).contains("[FATAL] ");
        return initError;
    }
}
