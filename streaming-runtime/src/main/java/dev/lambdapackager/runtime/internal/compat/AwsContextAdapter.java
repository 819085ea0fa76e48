package dev.lambdapackager.runtime.internal.compat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.internal.json.JsonReader;
import java.util.Map;

/**
 * The AWS {@link Context} over a {@link LambdaContext}. The client context and Cognito identity arrive as JSON
 * headers; they are parsed only when asked for.
 */
final class AwsContextAdapter implements Context {

    private final LambdaContext context;
    private final LambdaLogger logger;

    AwsContextAdapter(LambdaContext context) {
        this.context = context;
        this.logger = new AwsLoggerAdapter(context.getLogger());
    }

    @Override
    public String getAwsRequestId() {
        return context.getAwsRequestId();
    }

    @Override
    public String getLogGroupName() {
        return context.getLogGroupName();
    }

    @Override
    public String getLogStreamName() {
        return context.getLogStreamName();
    }

    @Override
    public String getFunctionName() {
        return context.getFunctionName();
    }

    @Override
    public String getFunctionVersion() {
        return context.getFunctionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
        return context.getInvokedFunctionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return context.getCognitoIdentity()
                .map(AwsContextAdapter::parseObject)
                .map(AwsCognitoIdentity::new)
                .orElse(null);
    }

    @Override
    public ClientContext getClientContext() {
        return context.getClientContext()
                .map(AwsContextAdapter::parseObject)
                .map(AwsClientContext::new)
                .orElse(null);
    }

    @Override
    public int getRemainingTimeInMillis() {
        long remaining = context.getRemainingTimeInMillis();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, remaining));
    }

    @Override
    public int getMemoryLimitInMB() {
        return context.getMemoryLimitInMB();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String getTenantId() {
        return context.getTenantId().orElse(null);
    }

    @Override
    public String getXrayTraceId() {
        return context.getTraceId().orElse(null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseObject(String json) {
        Object value = JsonReader.parse(json);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("Expected a JSON object but got: " + json);
        }
        return (Map<String, Object>) value;
    }
}
