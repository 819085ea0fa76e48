package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.internal.LambdaRuntimeException;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When the POST that ended the response never got its answer (the connection failed, on the first try and on
 * the one retry), the log line about the handler's failure says so, instead of claiming that the client got
 * the whole response.
 */
class AFailureAfterAnUnconfirmedEndClaimsNoDeliveryTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void theLogSaysTheRuntimeApiNeverConfirmedIt() throws Exception {
        api.enqueueInvocation("{}");
        api.dropPosts();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> writer.writeAndFinish("x"));

        assertThat(api.takePost().connection()).isZero();
        assertThat(api.takePost().connection()).as("the one retry").isEqualTo(1);
        LambdaRuntimeException end = runtime.awaitEnd();

        assertThat(end.code()).isEqualTo(LambdaRuntimeException.Code.CONNECTION_LOST);
        assertThat(runtime.log())
                .contains("The handler threw after its response ended with writeAndFinish(), which the Runtime API"
                        + " never confirmed (the connection failed). java.io.EOFException")
                .doesNotContain("got the whole response");
    }
}
