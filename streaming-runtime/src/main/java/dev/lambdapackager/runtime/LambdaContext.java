package dev.lambdapackager.runtime;

import java.util.Optional;

/**
 * Facts about the current invocation and the function, from the Runtime API's {@code /next} answer and
 * from the environment Lambda sets.
 */
public interface LambdaContext {

    /** @return the invocation's request id ({@code Lambda-Runtime-Aws-Request-Id}) */
    String getAwsRequestId();

    /** @return the X-Ray trace header ({@code Lambda-Runtime-Trace-Id}), if tracing is on */
    Optional<String> getTraceId();

    /** @return the ARN the caller invoked, with its version or alias */
    String getInvokedFunctionArn();

    /** @return when the invocation times out, in milliseconds since the epoch */
    long getDeadlineMs();

    /** @return milliseconds left until {@link #getDeadlineMs()}; negative when it has passed */
    long getRemainingTimeInMillis();

    /** @return the client context JSON sent by the AWS Mobile SDK ({@code Lambda-Runtime-Client-Context}) */
    Optional<String> getClientContext();

    /** @return the Amazon Cognito identity JSON ({@code Lambda-Runtime-Cognito-Identity}) */
    Optional<String> getCognitoIdentity();

    /** @return the tenant id of a tenant-isolated function ({@code Lambda-Runtime-Aws-Tenant-Id}) */
    Optional<String> getTenantId();

    /** @return the function's name ({@code AWS_LAMBDA_FUNCTION_NAME}) */
    String getFunctionName();

    /** @return the function's version ({@code AWS_LAMBDA_FUNCTION_VERSION}) */
    String getFunctionVersion();

    /** @return the memory configured for the function, in MB ({@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}) */
    int getMemoryLimitInMB();

    /** @return the CloudWatch Logs group ({@code AWS_LAMBDA_LOG_GROUP_NAME}) */
    String getLogGroupName();

    /** @return the CloudWatch Logs stream ({@code AWS_LAMBDA_LOG_STREAM_NAME}) */
    String getLogStreamName();

    /** @return a logger whose lines carry this invocation's request id */
    LambdaLogger getLogger();
}
