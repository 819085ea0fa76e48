package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.internal.InvocationLoop;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LambdaContext exposes the /next headers and the function's environment; the trace id reaches X-Ray. */
class TheContextCarriesTheInvocationFactsTest {

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "AWS_LAMBDA_FUNCTION_NAME", "orders",
            "AWS_LAMBDA_FUNCTION_VERSION", "7",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512",
            "AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/orders",
            "AWS_LAMBDA_LOG_STREAM_NAME", "2026/11/26/[7]abc");

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @AfterEach
    void cleanUp() {
        System.clearProperty(InvocationLoop.TRACE_PROPERTY);
    }

    @Test
    void everyFieldComesFromItsHeaderOrVariable() throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Lambda-Runtime-Aws-Request-Id", "8476a536-e9f4-11e8-9739-2dfe598c3fcd");
        headers.put("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
        headers.put(
                "Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-2:123456789012:function:orders:live");
        headers.put("Lambda-Runtime-Trace-Id", "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Sampled=1");
        headers.put("Lambda-Runtime-Client-Context", "{\"custom\":{\"a\":\"b\"}}");
        headers.put("Lambda-Runtime-Cognito-Identity", "{\"cognitoIdentityId\":\"id-1\"}");
        headers.put("Lambda-Runtime-Aws-Tenant-Id", "tenant-42");
        api.enqueueInvocation(headers, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        api.enqueueDrop();
        List<Object> seen = new ArrayList<>();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(
                api,
                (event, writer, context) -> {
                    seen.add(context.getAwsRequestId());
                    seen.add(context.getDeadlineMs());
                    seen.add(context.getInvokedFunctionArn());
                    seen.add(context.getTraceId().orElseThrow());
                    seen.add(context.getClientContext().orElseThrow());
                    seen.add(context.getCognitoIdentity().orElseThrow());
                    seen.add(context.getTenantId().orElseThrow());
                    seen.add(context.getFunctionName());
                    seen.add(context.getFunctionVersion());
                    seen.add(context.getMemoryLimitInMB());
                    seen.add(context.getLogGroupName());
                    seen.add(context.getLogStreamName());
                    seen.add(context.getRemainingTimeInMillis() > 0 && context.getRemainingTimeInMillis() <= 60_000);
                    seen.add(System.getProperty(InvocationLoop.TRACE_PROPERTY));
                    context.getLogger().log("hello from the handler");
                },
                ENVIRONMENT);
        api.takePost();
        runtime.awaitEnd();

        assertThat(seen)
                .containsExactly(
                        "8476a536-e9f4-11e8-9739-2dfe598c3fcd",
                        deadline,
                        "arn:aws:lambda:us-east-2:123456789012:function:orders:live",
                        "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Sampled=1",
                        "{\"custom\":{\"a\":\"b\"}}",
                        "{\"cognitoIdentityId\":\"id-1\"}",
                        "tenant-42",
                        "orders",
                        "7",
                        512,
                        "/aws/lambda/orders",
                        "2026/11/26/[7]abc",
                        true,
                        "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Sampled=1");
        assertThat(runtime.log()).contains("[INFO] 8476a536-e9f4-11e8-9739-2dfe598c3fcd hello from the handler");
    }

    @Test
    void theTracePropertyIsClearedForAnInvocationWithoutTrace() throws Exception {
        Map<String, String> traced = LoopbackRuntimeApi.defaultHeaders("traced");
        traced.put("Lambda-Runtime-Trace-Id", "Root=1-1");
        api.enqueueInvocation(traced, new byte[0]);
        api.enqueueInvocation(LoopbackRuntimeApi.defaultHeaders("untraced"), new byte[0]);
        api.enqueueDrop();
        List<String> seen = new ArrayList<>();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            seen.add(String.valueOf(System.getProperty(InvocationLoop.TRACE_PROPERTY)));
            seen.add(String.valueOf(context.getTraceId().orElse(null)));
        });
        api.takePost();
        api.takePost();
        runtime.awaitEnd();

        assertThat(seen).containsExactly("Root=1-1", "Root=1-1", "null", "null");
    }
}
