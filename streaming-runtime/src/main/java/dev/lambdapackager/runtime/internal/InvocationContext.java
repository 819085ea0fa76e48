package dev.lambdapackager.runtime.internal;

import dev.lambdapackager.runtime.LambdaContext;
import dev.lambdapackager.runtime.LambdaLogger;
import dev.lambdapackager.runtime.internal.api.InvocationMetadata;
import java.util.Optional;

/** The {@link LambdaContext} of one invocation: its metadata plus the function's environment. */
public final class InvocationContext implements LambdaContext {

    private final InvocationMetadata metadata;
    private final RuntimeEnvironment environment;
    private final LambdaLogger logger;

    /**
     * @param metadata what the Runtime API said about the invocation
     * @param environment the function's configuration
     * @param logger a logger tagged with the request id
     */
    public InvocationContext(InvocationMetadata metadata, RuntimeEnvironment environment, LambdaLogger logger) {
        this.metadata = metadata;
        this.environment = environment;
        this.logger = logger;
    }

    @Override
    public String getAwsRequestId() {
        return metadata.requestId();
    }

    @Override
    public Optional<String> getTraceId() {
        return Optional.ofNullable(metadata.traceId());
    }

    @Override
    public String getInvokedFunctionArn() {
        return metadata.invokedFunctionArn();
    }

    @Override
    public long getDeadlineMs() {
        return metadata.deadlineMs();
    }

    @Override
    public long getRemainingTimeInMillis() {
        return metadata.deadlineMs() - System.currentTimeMillis();
    }

    @Override
    public Optional<String> getClientContext() {
        return Optional.ofNullable(metadata.clientContext());
    }

    @Override
    public Optional<String> getCognitoIdentity() {
        return Optional.ofNullable(metadata.cognitoIdentity());
    }

    @Override
    public Optional<String> getTenantId() {
        return Optional.ofNullable(metadata.tenantId());
    }

    @Override
    public String getFunctionName() {
        return environment.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return environment.functionVersion();
    }

    @Override
    public int getMemoryLimitInMB() {
        return environment.memorySizeMb();
    }

    @Override
    public String getLogGroupName() {
        return environment.logGroupName();
    }

    @Override
    public String getLogStreamName() {
        return environment.logStreamName();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
