package dev.lambdapackager.runtime.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.runtime.internal.LambdaRuntimeException;
import dev.lambdapackager.runtime.internal.http.HttpHeaders;
import org.junit.jupiter.api.Test;

/** Each required /next header has its own error when missing or unusable; optional ones may be absent. */
class InvocationMetadataTest {

    @Test
    void readsEveryHeaderWhateverItsCase() {
        HttpHeaders headers = complete();
        headers.add("lambda-runtime-trace-id", "Root=1");
        headers.add("Lambda-Runtime-Client-Context", "{}");
        headers.add("Lambda-Runtime-Cognito-Identity", "{\"a\":1}");
        headers.add("Lambda-Runtime-Aws-Tenant-Id", "t");

        InvocationMetadata metadata = InvocationMetadata.fromHeaders(headers);

        assertThat(metadata.requestId()).isEqualTo("id-1");
        assertThat(metadata.deadlineMs()).isEqualTo(1_700_000_000_000L);
        assertThat(metadata.invokedFunctionArn()).isEqualTo("arn:aws:lambda:us-east-1:1:function:f");
        assertThat(metadata.traceId()).isEqualTo("Root=1");
        assertThat(metadata.clientContext()).isEqualTo("{}");
        assertThat(metadata.cognitoIdentity()).isEqualTo("{\"a\":1}");
        assertThat(metadata.tenantId()).isEqualTo("t");
    }

    @Test
    void optionalHeadersMayBeAbsent() {
        InvocationMetadata metadata = InvocationMetadata.fromHeaders(complete());

        assertThat(metadata.traceId()).isNull();
        assertThat(metadata.clientContext()).isNull();
        assertThat(metadata.cognitoIdentity()).isNull();
        assertThat(metadata.tenantId()).isNull();
    }

    @Test
    void missingRequestId() {
        assertFails(
                without("Lambda-Runtime-Aws-Request-Id"),
                LambdaRuntimeException.Code.MISSING_HEADER,
                "Lambda-Runtime-Aws-Request-Id");
    }

    @Test
    void missingDeadline() {
        assertFails(
                without("Lambda-Runtime-Deadline-Ms"),
                LambdaRuntimeException.Code.MISSING_HEADER,
                "Lambda-Runtime-Deadline-Ms");
    }

    @Test
    void missingFunctionArn() {
        assertFails(
                without("Lambda-Runtime-Invoked-Function-Arn"),
                LambdaRuntimeException.Code.MISSING_HEADER,
                "Lambda-Runtime-Invoked-Function-Arn");
    }

    @Test
    void aDeadlineThatIsNotANumber() {
        HttpHeaders headers = without("Lambda-Runtime-Deadline-Ms");
        headers.add("Lambda-Runtime-Deadline-Ms", "12.5");

        assertFails(headers, LambdaRuntimeException.Code.INVALID_HEADER, "'12.5'");
    }

    @Test
    void aRequestIdThatCannotGoIntoAPath() {
        HttpHeaders headers = without("Lambda-Runtime-Aws-Request-Id");
        headers.add("Lambda-Runtime-Aws-Request-Id", "../init");

        assertFails(headers, LambdaRuntimeException.Code.INVALID_HEADER, "'../init'");
    }

    private static void assertFails(HttpHeaders headers, LambdaRuntimeException.Code code, String mentioned) {
        assertThatThrownBy(() -> InvocationMetadata.fromHeaders(headers))
                .isInstanceOfSatisfying(
                        LambdaRuntimeException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessageContaining(mentioned);
    }

    private static HttpHeaders complete() {
        return without("none");
    }

    private static HttpHeaders without(String omitted) {
        HttpHeaders headers = new HttpHeaders();
        String[][] all = {
            {"Lambda-Runtime-Aws-Request-Id", "id-1"},
            {"Lambda-Runtime-Deadline-Ms", "1700000000000"},
            {"Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:1:function:f"},
        };
        for (String[] header : all) {
            if (!header[0].equals(omitted)) {
                headers.add(header[0], header[1]);
            }
        }
        return headers;
    }
}
