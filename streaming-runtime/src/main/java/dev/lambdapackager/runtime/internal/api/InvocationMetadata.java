package dev.lambdapackager.runtime.internal.api;

import dev.lambdapackager.runtime.internal.LambdaRuntimeException;
import dev.lambdapackager.runtime.internal.http.HttpHeaders;

/** What the Runtime API's {@code /next} answer says about an invocation, read from its headers. */
public final class InvocationMetadata {

    static final String REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
    static final String DEADLINE = "Lambda-Runtime-Deadline-Ms";
    static final String FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
    static final String TRACE_ID = "Lambda-Runtime-Trace-Id";
    static final String CLIENT_CONTEXT = "Lambda-Runtime-Client-Context";
    static final String COGNITO_IDENTITY = "Lambda-Runtime-Cognito-Identity";
    static final String TENANT_ID = "Lambda-Runtime-Aws-Tenant-Id";

    private final String requestId;
    private final long deadlineMs;
    private final String invokedFunctionArn;
    private final String traceId;
    private final String clientContext;
    private final String cognitoIdentity;
    private final String tenantId;

    /**
     * @param requestId the request id
     * @param deadlineMs the deadline, milliseconds since the epoch
     * @param invokedFunctionArn the ARN invoked
     * @param traceId the X-Ray trace header, or null
     * @param clientContext the client context JSON, or null
     * @param cognitoIdentity the Cognito identity JSON, or null
     * @param tenantId the tenant id, or null
     */
    public InvocationMetadata(
            String requestId,
            long deadlineMs,
            String invokedFunctionArn,
            String traceId,
            String clientContext,
            String cognitoIdentity,
            String tenantId) {
        this.requestId = requestId;
        this.deadlineMs = deadlineMs;
        this.invokedFunctionArn = invokedFunctionArn;
        this.traceId = traceId;
        this.clientContext = clientContext;
        this.cognitoIdentity = cognitoIdentity;
        this.tenantId = tenantId;
    }

    /**
     * Reads the metadata, failing on the first header that is missing or unusable.
     *
     * @param headers the {@code /next} answer's header fields
     * @return the metadata
     * @throws LambdaRuntimeException {@code MISSING_HEADER} or {@code INVALID_HEADER}, naming the header
     */
    public static InvocationMetadata fromHeaders(HttpHeaders headers) {
        String requestId = required(headers, REQUEST_ID);
        // It goes into paths percent-encoded, but a server that decodes before it routes would still see a
        // slash: "../init" must not become another endpoint.
        if (requestId.indexOf('/') >= 0 || requestId.equals(".") || requestId.equals("..")) {
            throw new LambdaRuntimeException(
                    LambdaRuntimeException.Code.INVALID_HEADER,
                    "The Runtime API sent " + REQUEST_ID + " '" + requestId + "', which cannot go into a URL path");
        }
        String deadline = required(headers, DEADLINE);
        long deadlineMs;
        try {
            deadlineMs = Long.parseLong(deadline);
        } catch (NumberFormatException e) {
            throw new LambdaRuntimeException(
                    LambdaRuntimeException.Code.INVALID_HEADER,
                    "The Runtime API sent " + DEADLINE + " '" + deadline
                            + "', which is not a number of milliseconds since the epoch",
                    e);
        }
        return new InvocationMetadata(
                requestId,
                deadlineMs,
                required(headers, FUNCTION_ARN),
                optional(headers, TRACE_ID),
                optional(headers, CLIENT_CONTEXT),
                optional(headers, COGNITO_IDENTITY),
                optional(headers, TENANT_ID));
    }

    private static String required(HttpHeaders headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isEmpty()) {
            throw new LambdaRuntimeException(
                    LambdaRuntimeException.Code.MISSING_HEADER,
                    "The Runtime API's answer to GET /next has no " + name + " header");
        }
        return value;
    }

    private static String optional(HttpHeaders headers, String name) {
        String value = headers.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** @return the request id */
    public String requestId() {
        return requestId;
    }

    /** @return the deadline, milliseconds since the epoch */
    public long deadlineMs() {
        return deadlineMs;
    }

    /** @return the ARN invoked */
    public String invokedFunctionArn() {
        return invokedFunctionArn;
    }

    /** @return the X-Ray trace header, or null */
    public String traceId() {
        return traceId;
    }

    /** @return the client context JSON, or null */
    public String clientContext() {
        return clientContext;
    }

    /** @return the Cognito identity JSON, or null */
    public String cognitoIdentity() {
        return cognitoIdentity;
    }

    /** @return the tenant id, or null */
    public String tenantId() {
        return tenantId;
    }
}
