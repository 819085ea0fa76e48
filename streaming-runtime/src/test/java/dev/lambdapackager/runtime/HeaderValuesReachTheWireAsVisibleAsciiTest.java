package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.golang.GoRecord;
import dev.lambdapackager.runtime.golang.GoRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Header and trailer values leave as visible ASCII only, so that Go's {@code net/http} (Lambda's Runtime API)
 * takes them: a non-ASCII error type is percent-encoded as UTF-8 (its JSON keeps the real name), and a
 * request id goes into the path percent-encoded.
 */
// Uses the two handler exceptions whose non-ASCII class names are the point of the test (by their full names:
// an import of them could not carry this suppression).
@SuppressWarnings("UnicodeInCode")
class HeaderValuesReachTheWireAsVisibleAsciiTest {

    private static final String PACKAGE = "dev.lambdapackager.runtime.handlers.";

    @RegisterExtension
    final GoRuntimeApi api = new GoRuntimeApi();

    @Test
    void aNonAsciiErrorTypeReachesTheErrorEndpoint() throws Exception {
        api.enqueueInvocation("r1", "{}");
        RuntimeUnderTest runtime = RuntimeUnderTest.start(
                api.address(),
                (event, writer, context) -> {
                    throw new dev.lambdapackager.runtime.handlers.ČudnaIznimka("č");
                },
                Map.of());

        GoRecord error = api.takePost();
        assertThat(error.status()).isEqualTo(202);
        assertThat(error.requestUri()).isEqualTo("/2018-06-01/runtime/invocation/r1/error");
        assertThat(error.header("Lambda-Runtime-Function-Error-Type")).isEqualTo(PACKAGE + "%C4%8CudnaIznimka");
        assertThat(error.bodyText())
                .contains("\"errorType\":\"" + dev.lambdapackager.runtime.handlers.ČudnaIznimka.class.getName() + "\"");
        api.stop();
        runtime.awaitEnd();
    }

    @Test
    void aNonAsciiErrorTypeReachesTheTrailers() throws Exception {
        api.enqueueInvocation("r1", "{}");
        RuntimeUnderTest runtime = RuntimeUnderTest.start(
                api.address(),
                (event, writer, context) -> {
                    writer.write("partial");
                    throw new dev.lambdapackager.runtime.handlers.ĊarnExceptionName("ċ");
                },
                Map.of());

        GoRecord response = api.takePost();
        assertThat(response.bodyError()).isNull();
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.trailers())
                .containsOnlyKeys("Lambda-Runtime-Function-Error-Type", "Lambda-Runtime-Function-Error-Body");
        assertThat(response.trailer("Lambda-Runtime-Function-Error-Type"))
                .isEqualTo(PACKAGE + "%C4%8AarnExceptionName");
        assertThat(new String(
                        Base64.getDecoder().decode(response.trailer("Lambda-Runtime-Function-Error-Body")), UTF_8))
                .contains("\"errorType\":\"" + dev.lambdapackager.runtime.handlers.ĊarnExceptionName.class.getName()
                        + "\"");
        api.stop();
        runtime.awaitEnd();
    }

    @Test
    void aRequestIdIsPercentEncodedInThePath() throws Exception {
        api.enqueueInvocation("abc?x=1 #2", "{}");
        RuntimeUnderTest runtime = RuntimeUnderTest.start(
                api.address(), (event, writer, context) -> writer.writeAndFinish(context.getAwsRequestId()), Map.of());

        GoRecord response = api.takePost();
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.requestId()).isEqualTo("abc?x=1 #2");
        assertThat(response.requestUri()).isEqualTo("/2018-06-01/runtime/invocation/abc%3Fx%3D1%20%232/response");
        assertThat(response.bodyText()).isEqualTo("abc?x=1 #2");
        api.stop();
        runtime.awaitEnd();
    }
}
