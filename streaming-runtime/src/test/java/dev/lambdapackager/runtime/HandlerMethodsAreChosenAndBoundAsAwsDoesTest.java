package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.handlers.StreamMethods;
import dev.lambdapackager.runtime.handlers.aws.OrderHandler;
import dev.lambdapackager.runtime.handlers.aws.Overloads;
import dev.lambdapackager.runtime.internal.HandlerLoader;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code Class::method} handlers: the overload AWS's Java runtime would take is the one that runs, streams stream,
 * methods without an output answer {@code null}, and a typed result goes out as one buffered JSON response.
 */
class HandlerMethodsAreChosenAndBoundAsAwsDoesTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void theLongestOverloadWithATrailingContextWins() throws Exception {
        String requestId = api.enqueueInvocation("\"order 7\"");

        assertThat(invokeOnce(Overloads.class.getName() + "::handle").bodyText())
                .isEqualTo("\"with context for " + requestId + ": order 7\"");
    }

    @Test
    void aVoidMethodAnswersNull() throws Exception {
        api.enqueueInvocation("\"ignored\"");

        assertThat(invokeOnce(Overloads.class.getName() + "::ignore").bodyText())
                .isEqualTo("null");
    }

    @Test
    void aStaticStreamMethodStreamsWhatItFlushes() throws Exception {
        api.enqueueInvocation("{\"a\":1}");

        RecordedRequest response = invokeOnce(StreamMethods.class.getName() + "::copy");
        assertThat(response.isChunked()).isTrue();
        assertThat(response.chunks()).hasSize(2);
        assertThat(response.bodyText()).isEqualTo("copy:{\"a\":1}");
    }

    @Test
    void aStreamMethodWithoutAnOutputStreamAnswersNullAndItsResultIsIgnored() throws Exception {
        api.enqueueInvocation("{\"a\":1}");

        assertThat(invokeOnce(StreamMethods.class.getName() + "::consume").bodyText())
                .isEqualTo("null");
    }

    @Test
    void theInterfaceMethodNamedInAwsNotationBindsLikeTheInterface() throws Exception {
        api.enqueueInvocation("{\"orderId\":\"o-9\",\"quantity\":2,\"unitPrice\":1.25}");

        RecordedRequest response = invokeOnce(OrderHandler.class.getName() + "::handleRequest");
        assertThat(response.bodyText()).contains("\"orderId\":\"o-9\"").contains("\"total\":2.5");
    }

    @Test
    void aTypedResultGoesOutAsOneBufferedJsonResponse() throws Exception {
        api.enqueueInvocation("{\"orderId\":\"o-3\",\"quantity\":1,\"unitPrice\":4.0,\"tags\":[\"a\"]}");

        RecordedRequest response = invokeOnce(OrderHandler.class.getName());
        assertThat(response.isChunked()).isFalse();
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(response.body().length));
        // AWS's Jackson settings leave null properties out (shipTo, trackingNumber).
        assertThat(response.bodyText())
                .isEqualTo("{\"orderId\":\"o-3\",\"total\":4.0,\"express\":false," + "\"tags\":[\"a\"]}");
    }

    private RecordedRequest invokeOnce(String handler) throws Exception {
        api.enqueueDrop();
        StreamingLambdaHandler loaded = new HandlerLoader(getClass().getClassLoader()).load(handler);
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, loaded);
        RecordedRequest response = api.takePost();
        runtime.awaitEnd();
        assertThat(response.path()).as(runtime.log()).endsWith("/response");
        return response;
    }
}
