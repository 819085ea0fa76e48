package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.golang.GoRecord;
import dev.lambdapackager.runtime.golang.GoRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When Go's {@code net/http} closes a kept-alive connection between requests (HTTP/1.1 allows it), a request
 * that failed before any byte of its answer, GET /next or a buffered POST, is sent once more on a fresh
 * connection, and the log says so rather than claiming a delivery.
 */
class AConnectionTheServerClosedIsReplacedOnceTest {

    @Nested
    class WhileTheHandlerRuns {

        @RegisterExtension
        final GoRuntimeApi api = new GoRuntimeApi("-idle-timeout=100ms");

        @Test
        void theBufferedResponseIsPostedAgain() throws Exception {
            api.enqueueInvocation("slow", "{}");
            RuntimeUnderTest runtime = RuntimeUnderTest.start(
                    api.address(),
                    (event, writer, context) -> {
                        Thread.sleep(1200); // far longer than the server keeps an idle connection
                        writer.writeAndFinish("done");
                    },
                    Map.of());

            GoRecord next = api.takeRecord();
            GoRecord response = api.takePost();
            assertThat(response.status()).isEqualTo(202);
            assertThat(response.requestId()).isEqualTo("slow");
            assertThat(response.bodyText()).isEqualTo("done");
            assertThat(response.connection()).isGreaterThan(next.connection());
            api.stop();
            runtime.awaitEnd();
            assertThat(runtime.log())
                    .contains("The Runtime API closed the kept-alive connection before answering the response of slow")
                    .contains("sending it again on a new connection")
                    .doesNotContain("got the whole response");
        }
    }

    @Nested
    class AfterEachAnswer {

        @RegisterExtension
        final GoRuntimeApi api = new GoRuntimeApi("-close-after-post");

        @Test
        void theNextRequestIsSentAgain() throws Exception {
            api.enqueueInvocation("one", "1");
            api.enqueueInvocation("two", "2");
            RuntimeUnderTest runtime = RuntimeUnderTest.start(
                    api.address(), (event, writer, context) -> writer.writeAndFinish(event), Map.of());

            GoRecord first = api.takePost();
            GoRecord second = api.takePost();
            assertThat(first.requestId() + "=" + first.bodyText()).isEqualTo("one=1");
            assertThat(second.requestId() + "=" + second.bodyText()).isEqualTo("two=2");
            assertThat(second.status()).isEqualTo(202);
            assertThat(second.connection()).isGreaterThan(first.connection());
            api.stop();
            runtime.awaitEnd();
            assertThat(runtime.log())
                    .contains("The Runtime API closed the kept-alive connection before answering" + " GET /next");
        }
    }
}
