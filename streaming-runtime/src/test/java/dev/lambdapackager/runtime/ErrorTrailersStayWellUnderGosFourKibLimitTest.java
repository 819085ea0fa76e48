package dev.lambdapackager.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.golang.GoRecord;
import dev.lambdapackager.runtime.golang.GoRuntimeApi;
import dev.lambdapackager.runtime.internal.json.JsonReader;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A failure while streaming ends the response with error trailers that Go's {@code net/http} (Lambda's Runtime
 * API) accepts: the trailer section stays well under its 4 KiB read buffer, carrying the type, the message and
 * as many whole stack frames as fit, while the full trace goes to the log.
 */
class ErrorTrailersStayWellUnderGosFourKibLimitTest {

    @RegisterExtension
    final GoRuntimeApi api = new GoRuntimeApi();

    @Test
    void aDeepStackIsCutAtAFrameBoundary() throws Exception {
        api.enqueueInvocation("deep", "{}");
        RuntimeUnderTest runtime = RuntimeUnderTest.start(
                api.address(),
                (event, writer, context) -> {
                    writer.write("partial");
                    recurse(150);
                },
                Map.of());

        GoRecord response = api.takePost();
        Map<String, Object> error = acceptedErrorTrailers(response, "java.lang.IllegalStateException");
        assertThat(error).containsEntry("errorMessage", "gave up at the bottom");
        List<?> frames = (List<?>) error.get("stackTrace");
        assertThat(frames).isNotEmpty().hasSizeLessThan(150).allSatisfy(frame -> assertThat((String) frame)
                .matches(".+\\(.*\\)"));
        assertThat((String) frames.get(0)).contains(".recurse(");
        api.stop();
        runtime.awaitEnd();
        assertThat(runtime.log()).contains("error trailers, which carry " + frames.size() + " of ");
        assertThat(runtime.log().split("\\.recurse\\(", -1).length - 1).isGreaterThan(150);
    }

    @Test
    void aStackOverflowErrorArrivesToo() throws Exception {
        api.enqueueInvocation("overflow", "{}");
        RuntimeUnderTest runtime = RuntimeUnderTest.start(
                api.address(),
                (event, writer, context) -> {
                    writer.write("partial");
                    overflow(0);
                },
                Map.of());

        GoRecord response = api.takePost();
        acceptedErrorTrailers(response, "java.lang.StackOverflowError");
        api.stop();
        runtime.awaitEnd();
    }

    @Test
    void aHugeMessageIsShortened() throws Exception {
        api.enqueueInvocation("long", "{}");
        String message = "x".repeat(20_000);
        RuntimeUnderTest runtime = RuntimeUnderTest.start(
                api.address(),
                (event, writer, context) -> {
                    writer.write("partial");
                    throw new IllegalArgumentException(message);
                },
                Map.of());

        GoRecord response = api.takePost();
        Map<String, Object> error = acceptedErrorTrailers(response, "java.lang.IllegalArgumentException");
        assertThat((String) error.get("errorMessage")).startsWith("xxxx").hasSizeLessThan(3000);
        api.stop();
        runtime.awaitEnd();
        assertThat(runtime.log()).contains(message);
    }

    /** Checks that Go read the body and its trailers, and returns the decoded error JSON. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> acceptedErrorTrailers(GoRecord response, String errorType) {
        assertThat(response.bodyError()).as("Go's error reading the body").isNull();
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.bodyText()).isEqualTo("partial");
        assertThat(response.trailer("Lambda-Runtime-Function-Error-Type")).isEqualTo(errorType);
        int section = 2;
        for (Map.Entry<String, String> trailer : response.trailers().entrySet()) {
            section += trailer.getKey().length() + 2 + trailer.getValue().length() + 2;
        }
        assertThat(section).as("bytes in the trailer section").isLessThanOrEqualTo(3 * 1024);
        String json =
                new String(Base64.getDecoder().decode(response.trailer("Lambda-Runtime-Function-Error-Body")), UTF_8);
        Map<String, Object> error = (Map<String, Object>) JsonReader.parse(json);
        assertThat(error).containsEntry("errorType", errorType);
        return error;
    }

    // Ends by throwing at depth 0, on purpose: the test needs a deep stack in the error report.
    @SuppressWarnings("InfiniteRecursion")
    private static void recurse(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("gave up at the bottom");
        }
        recurse(depth - 1);
    }

    // Recurses until StackOverflowError, on purpose: that error is what the test sends.
    @SuppressWarnings("InfiniteRecursion")
    private static int overflow(int depth) {
        return overflow(depth + 1) + 1;
    }
}
