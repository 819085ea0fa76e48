package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.handlers.EchoHandler;
import dev.lambdapackager.runtime.handlers.NumbersStreamHandler;
import dev.lambdapackager.runtime.handlers.StreamMethods;
import dev.lambdapackager.runtime.testsupport.LauncherProcess;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The launcher takes the handler from its first argument, else from _HANDLER, and runs it. */
class TheLauncherFindsTheHandlerTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void fromTheFirstArgumentEvenWhenHandlerIsSetToSomethingElse() throws Exception {
        String body = invokeOnce(
                LauncherProcess.fullClassPath(), Map.of("_HANDLER", "provided"), EchoHandler.class.getName());

        assertThat(body).isEqualTo("ping");
    }

    @Test
    void fromHandlerVariableInLambdasClassColonColonMethodForm() throws Exception {
        String body = invokeOnce(
                LauncherProcess.fullClassPath(), Map.of("_HANDLER", EchoHandler.class.getName() + "::handleRequest"));

        assertThat(body).isEqualTo("ping");
    }

    @Test
    void withoutAwsLambdaJavaCoreOnTheClassPath() throws Exception {
        String body = invokeOnce(LauncherProcess.classPathWithoutLibraries(), Map.of(), EchoHandler.class.getName());

        assertThat(body).isEqualTo("ping");
    }

    @Test
    void aStreamMethodWithoutAnyAwsJarOnTheClassPath() throws Exception {
        // Neither aws-lambda-java-core nor aws-lambda-java-serialization: the stream-method adapter links neither.
        String body = invokeOnce(
                LauncherProcess.classPathWithoutLibraries(), Map.of(), StreamMethods.class.getName() + "::copy");

        assertThat(body).isEqualTo("copy:ping");
    }

    @Test
    void anAwsRequestStreamHandlerUnchangedWithEachFlushAsAChunk() throws Exception {
        api.enqueueInvocation("ping");
        api.enqueueDrop();
        LauncherProcess process = LauncherProcess.run(
                LauncherProcess.fullClassPath(),
                Map.of("AWS_LAMBDA_RUNTIME_API", api.address()),
                List.of(),
                NumbersStreamHandler.class.getName());

        RecordedRequest response = api.takePost();
        assertThat(response.isChunked()).isTrue();
        assertThat(response.chunks()).extracting(String::new).containsExactly("1\n", "2\n", "3\n", "ping");
        assertThat(process.exitCode()).isEqualTo(1);
    }

    private String invokeOnce(String classPath, Map<String, String> environment, String... arguments) throws Exception {
        api.enqueueInvocation("ping");
        api.enqueueDrop();
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("AWS_LAMBDA_RUNTIME_API", api.address());
        LauncherProcess process = LauncherProcess.run(classPath, variables, List.of(), arguments);

        RecordedRequest response = api.takePost();
        assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/request-1/response");
        assertThat(process.exitCode()).as(process.output()).isEqualTo(1); // the API dropped it after one invocation
        return response.bodyText();
    }
}
