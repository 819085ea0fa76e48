package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.lambdapackager.runtime.internal.HandlerLoader;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An AWS RequestStreamHandler runs through the adapter: flushes stream, and its Context is complete. */
class RequestStreamHandlersRunUnchangedTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    /** Writes without flushing; the whole answer should go as one buffered response. */
    public static class QuietHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(java.io.InputStream input, java.io.OutputStream output, Context context)
                throws java.io.IOException {
            output.write("all at once".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Records what its Context says. */
    public static class ContextReadingHandler implements RequestStreamHandler {
        static final List<Object> SEEN = new ArrayList<>();

        @Override
        public void handleRequest(java.io.InputStream input, java.io.OutputStream output, Context context) {
            SEEN.add(context.getAwsRequestId());
            SEEN.add(context.getIdentity().getIdentityId());
            SEEN.add(context.getIdentity().getIdentityPoolId());
            SEEN.add(context.getClientContext().getClient().getAppTitle());
            SEEN.add(context.getClientContext().getCustom());
            SEEN.add(context.getClientContext().getEnvironment());
            SEEN.add(context.getXrayTraceId());
            SEEN.add(context.getTenantId());
            SEEN.add(context.getRemainingTimeInMillis() > 0);
            context.getLogger().log("aws logger line");
            context.getLogger().log("aws debug line", LogLevel.DEBUG);
        }
    }

    @Test
    void aHandlerThatNeverFlushesSendsOneBufferedResponse() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, load(QuietHandler.class));

        RecordedRequest response = api.takePost();
        assertThat(response.isChunked()).isFalse();
        assertThat(response.bodyText()).isEqualTo("all at once");
        runtime.awaitEnd();
    }

    @Test
    void theContextAdapterParsesIdentityAndClientContext() throws Exception {
        Map<String, String> headers = LoopbackRuntimeApi.defaultHeaders("r-7");
        headers.put(
                "Lambda-Runtime-Cognito-Identity",
                "{\"cognitoIdentityId\":\"us-east-1:abc\",\"cognitoIdentityPoolId\":\"us-east-1:pool\"}");
        headers.put(
                "Lambda-Runtime-Client-Context",
                "{\"client\":{\"app_title\":\"Shop\",\"installation_id\":\"i\"},"
                        + "\"custom\":{\"k\":\"v\"},\"env\":{\"platform\":\"Android\"}}");
        headers.put("Lambda-Runtime-Trace-Id", "Root=1-abc");
        headers.put("Lambda-Runtime-Aws-Tenant-Id", "blue");
        api.enqueueInvocation(headers, new byte[0]);
        api.enqueueDrop();
        ContextReadingHandler.SEEN.clear();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, load(ContextReadingHandler.class));

        api.takePost();
        runtime.awaitEnd();
        assertThat(ContextReadingHandler.SEEN)
                .containsExactly(
                        "r-7",
                        "us-east-1:abc",
                        "us-east-1:pool",
                        "Shop",
                        Map.of("k", "v"),
                        Map.of("platform", "Android"),
                        "Root=1-abc",
                        "blue",
                        true);
        assertThat(runtime.log()).contains("[INFO] r-7 aws logger line").contains("[DEBUG] r-7 aws debug line");
    }

    private static StreamingLambdaHandler load(Class<?> handlerClass) {
        return new HandlerLoader(handlerClass.getClassLoader()).load(handlerClass.getName());
    }
}
