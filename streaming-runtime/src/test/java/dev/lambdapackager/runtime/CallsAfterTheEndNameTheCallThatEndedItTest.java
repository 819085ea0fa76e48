package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import dev.lambdapackager.runtime.testsupport.RuntimeUnderTest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Any call after the response ended throws IllegalStateException saying which call came first. */
class CallsAfterTheEndNameTheCallThatEndedItTest {

    @RegisterExtension
    final LoopbackRuntimeApi api = new LoopbackRuntimeApi();

    @Test
    void finishTwice() throws Exception {
        Throwable thrown = callAfter(
                writer -> {
                    writer.write("x");
                    writer.finish();
                },
                writer -> writer.finish());

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The response already ended with finish(); finish() cannot follow it");
    }

    @Test
    void finishAfterWriteAndFinish() throws Exception {
        Throwable thrown = callAfter(writer -> writer.writeAndFinish("done"), writer -> writer.finish());

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The response already ended with writeAndFinish(); finish() cannot follow it");
    }

    @Test
    void writeAfterFinish() throws Exception {
        Throwable thrown = callAfter(writer -> writer.finish(), writer -> writer.write("late"));

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The response already ended with finish(); write() cannot follow it");
    }

    @Test
    void writeAndFinishAfterWriteAndFinish() throws Exception {
        Throwable thrown = callAfter(writer -> writer.writeAndFinish("one"), writer -> writer.writeAndFinish("two"));

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The response already ended with writeAndFinish(); writeAndFinish() cannot follow it");
    }

    @Test
    void writeStatusAndHeadersAfterABodyWrite() throws Exception {
        Throwable thrown =
                callAfter(writer -> writer.write("body"), writer -> writer.writeStatusAndHeaders(200, Map.of()));

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "writeStatusAndHeaders() must come before the body and only once, but write() was called first");
    }

    @Test
    void writeStatusAndHeadersTwice() throws Exception {
        Throwable thrown = callAfter(
                writer -> writer.writeStatusAndHeaders(200, Map.of()),
                writer -> writer.writeStatusAndHeaders(404, Map.of()));

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("writeStatusAndHeaders() must come"
                        + " before the body and only once, but writeStatusAndHeaders() was called first");
    }

    @Test
    void aWriteAfterTheHandlerReturnedNamesTheReturn() throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        CompletableFuture<LambdaResponseStreamWriter> escaped = new CompletableFuture<>();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> escaped.complete(writer));
        api.takePost();
        runtime.awaitEnd();

        assertThatThrownBy(() -> escaped.get(30, TimeUnit.SECONDS).write("too late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The response already ended with the handler's return; write() cannot follow it");
    }

    private interface WriterStep {
        void run(LambdaResponseStreamWriter writer) throws Exception;
    }

    /** Runs {@code first} in a handler, then {@code second}, and returns what {@code second} threw. */
    private Throwable callAfter(WriterStep first, WriterStep second) throws Exception {
        api.enqueueInvocation("{}");
        api.enqueueDrop();
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        RuntimeUnderTest runtime = RuntimeUnderTest.start(api, (event, writer, context) -> {
            first.run(writer);
            ThrowingCallable call = () -> second.run(writer);
            try {
                call.call();
                thrown.complete(null);
            } catch (Throwable t) {
                thrown.complete(t);
            }
        });
        RecordedRequest response = api.takePost();
        assertThat(response.path()).endsWith("/response");
        runtime.awaitEnd();
        return thrown.get(30, TimeUnit.SECONDS);
    }
}
