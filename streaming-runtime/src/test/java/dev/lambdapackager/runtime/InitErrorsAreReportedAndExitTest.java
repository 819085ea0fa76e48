package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.lambdapackager.runtime.testsupport.LauncherProcess;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.io.File;
import java.nio.file.Path;
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
        assertThat(initError.bodyText())
                .contains("\"errorMessage\":\"Handler class com.example.NoSuchHandler is not"
                        + " on the class path; check the handler name and that the function's jar is packaged\"");
    }

    @Test
    void aClassThatIsNotAHandlerIsInvalidHandler() throws Exception {
        RecordedRequest initError = launchExpectingInitError("dev.lambdapackager.runtime.handlers.NotAHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(initError.bodyText())
                .contains("implements none of dev.lambdapackager.runtime.StreamingLambdaHandler,"
                        + " com.amazonaws.services.lambda.runtime.RequestStreamHandler and"
                        + " com.amazonaws.services.lambda.runtime.RequestHandler; implement one of them, or name a method:"
                        + " dev.lambdapackager.runtime.handlers.NotAHandler::method");
    }

    @Test
    void anAbstractClassIsInvalidHandler() throws Exception {
        RecordedRequest initError = launchExpectingInitError("dev.lambdapackager.runtime.handlers.AbstractHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(initError.bodyText())
                .contains("Handler class dev.lambdapackager.runtime.handlers.AbstractHandler is"
                        + " abstract; name a concrete class");
    }

    @Test
    void aClassWithoutAPublicNoArgumentConstructorIsInvalidHandler() throws Exception {
        RecordedRequest initError = launchExpectingInitError("dev.lambdapackager.runtime.handlers.ConfiguredHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(initError.bodyText())
                .contains("Handler class dev.lambdapackager.runtime.handlers.ConfiguredHandler"
                        + " has no public constructor without parameters; add one");
    }

    @Test
    void aRawRequestHandlerIsInvalidHandler() throws Exception {
        RecordedRequest initError = launchExpectingInitError("dev.lambdapackager.runtime.handlers.RawRequestHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(initError.bodyText()).contains("implements RequestHandler without type arguments");
    }

    @Test
    void aMethodWithoutAnAcceptedSignatureIsInvalidHandler() throws Exception {
        RecordedRequest initError =
                launchExpectingInitError("dev.lambdapackager.runtime.handlers.aws.PlainTypes::nope");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(initError.bodyText())
                .contains("Handler class dev.lambdapackager.runtime.handlers.aws.PlainTypes has"
                        + " no public method nope with a signature AWS's Java runtime accepts: (), (I), (Context),");
    }

    @Test
    void anEmptyMethodNameIsInvalidHandler() throws Exception {
        RecordedRequest initError = launchExpectingInitError("dev.lambdapackager.runtime.handlers.EchoHandler::");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(initError.bodyText())
                .contains("Invalid handler `dev.lambdapackager.runtime.handlers.EchoHandler::'");
    }

    @Test
    void aMissingClassTheHandlerNeedsKeepsItsLinkageErrorType() throws Exception {
        // aws-lambda-java-core left out (as with <scope>provided</scope>): RequestHandler itself cannot be linked.
        RecordedRequest initError = launchExpectingInitError(
                LauncherProcess.classPathWithoutLibraries(), "dev.lambdapackager.runtime.handlers.aws.OrderHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("java.lang.NoClassDefFoundError");
        assertThat(initError.bodyText())
                .contains("\"errorType\":\"java.lang.NoClassDefFoundError\"")
                .contains("Handler class dev.lambdapackager.runtime.handlers.aws.OrderHandler cannot be loaded:"
                        + " java.lang.NoClassDefFoundError: com/amazonaws/services/lambda/runtime/RequestHandler");
    }

    @Test
    void aTypedHandlerWithoutTheSerializationLibraryIsInvalidHandlerNamingTheDependency() throws Exception {
        String classPath = LauncherProcess.classPathWithoutLibraries()
                + File.pathSeparator
                + Path.of(RequestHandler.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
        RecordedRequest initError =
                launchExpectingInitError(classPath, "dev.lambdapackager.runtime.handlers.aws.PlainTypes::greet");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(initError.bodyText())
                .contains("needs aws-lambda-java-serialization on the class path; add"
                        + " <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-serialization</artifactId>"
                        + "<version>1.4.1</version></dependency>");
    }

    @Test
    void aThrowingConstructorIsHandlerConstructorError() throws Exception {
        RecordedRequest initError =
                launchExpectingInitError("dev.lambdapackager.runtime.handlers.ThrowingConstructorHandler");

        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.HandlerConstructorError");
        assertThat(initError.bodyText())
                .contains("threw java.lang.IllegalStateException: TABLE_NAME is not set")
                .contains("ThrowingConstructorHandler.<init>");
    }

    @Test
    void noHandlerNameAtAllIsInvalidHandler() throws Exception {
        LauncherProcess process = LauncherProcess.run(
                LauncherProcess.fullClassPath(), Map.of("AWS_LAMBDA_RUNTIME_API", api.address()), List.of());

        RecordedRequest initError = api.takeRequest();
        assertThat(initError.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.InvalidHandler");
        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output())
                .contains("[FATAL] No handler class given: pass its name as the launcher's first"
                        + " argument or set _HANDLER");
    }

    private RecordedRequest launchExpectingInitError(String handler) throws Exception {
        return launchExpectingInitError(LauncherProcess.fullClassPath(), handler);
    }

    private RecordedRequest launchExpectingInitError(String classPath, String handler) throws Exception {
        LauncherProcess process =
                LauncherProcess.run(classPath, Map.of("AWS_LAMBDA_RUNTIME_API", api.address()), List.of(), handler);

        RecordedRequest initError = api.takeRequest();
        assertThat(initError.method()).isEqualTo("POST");
        assertThat(initError.path()).isEqualTo("/2018-06-01/runtime/init/error");
        assertThat(initError.bodyText())
                .contains("\"errorType\":\"" + initError.header("Lambda-Runtime-Function-Error-Type"));
        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.output()).contains("[FATAL] ");
        return initError;
    }
}
