package dev.lambdapackager.packager.invoke.runtimeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.packager.invoke.InvocationResult;
import dev.lambdapackager.packager.invoke.InvocationResult.Outcome;
import dev.lambdapackager.packager.invoke.InvokeException;
import dev.lambdapackager.packager.invoke.ResponseSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * The plugin's side of the framing: the event goes out as one INVOKE frame; what comes back becomes the response
 * (handed on piece by piece) and one result: cold or warm, an OOM kill only when the cgroup's count went up since
 * the last invocation, an exit before the first event as an init failure, and a container that stopped as a
 * broken sandbox rather than a function error.
 */
class SandboxConversationTurnsFramesIntoResultsTest {

    private final ByteArrayOutputStream stdin = new ByteArrayOutputStream();
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final SandboxConversation conversation = new SandboxConversation(stdin, frames, Duration.ofSeconds(5));
    private final List<String> seen = new ArrayList<>();
    private final ResponseSink sink = new ResponseSink() {
        @Override
        public void invoked() {
            seen.add("invoked");
        }

        @Override
        public void started(boolean streamed, String contentType) {
            seen.add((streamed ? "streamed " : "buffered ") + contentType);
        }

        @Override
        public void chunk(byte[] bytes) {
            seen.add(new String(bytes, StandardCharsets.UTF_8));
        }
    };

    private void frame(String type, String payload, String... fields) {
        frames.add(new Frame(type, List.of(fields), payload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aColdStreamedInvocation() throws Exception {
        frame("INIT", "", "700000000");
        frame("INVOKED", "");
        frame("RESPONSE", "", "streamed", "application/ld+json;%20q=100%25");
        frame("CHUNK", "1\n");
        frame("CHUNK", "2\n");
        frame("END", "", "1000000", "31457280", "0");
        InvocationResult result = conversation.invoke("id-1", "{}".getBytes(StandardCharsets.UTF_8), sink);
        assertThat(stdin.toString(StandardCharsets.US_ASCII)).isEqualTo("INVOKE 2 id-1\n{}");
        assertThat(seen).containsExactly("invoked", "streamed application/ld+json; q=100%", "1\n", "2\n");
        assertThat(result)
                .isEqualTo(new InvocationResult(
                        Outcome.SUCCESS, 700_000_000L, 1_000_000L, 31_457_280L, false, null, null, -1));
        assertThat(result.cold()).isTrue();
    }

    @Test
    void errorsTimeoutsAndKills() throws Exception {
        frame("INVOKED", "");
        frame("END", "{\"errorMessage\":\"x\"}", "5", "1", "0", "java.lang.IllegalStateException");
        InvocationResult trailers = conversation.invoke("a", new byte[0], sink);
        assertThat(trailers.outcome()).isEqualTo(Outcome.STREAM_ERROR);
        assertThat(trailers.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(trailers.cold()).isFalse();

        frame("EXIT", "", "137", "5", "134217728", "1", "invoke");
        InvocationResult killed = conversation.invoke("b", new byte[0], sink);
        assertThat(killed.outcome()).isEqualTo(Outcome.RUNTIME_EXIT);
        assertThat(killed.oomKilled()).isTrue();
        assertThat(killed.exitStatus()).isEqualTo(137);

        // The count stays 1: this kill was not the OOM killer's.
        frame("INIT", "", "1");
        frame("EXIT", "", "137", "5", "1000", "1", "invoke");
        assertThat(conversation.invoke("c", new byte[0], sink).oomKilled()).isFalse();

        frame("TIMEOUT", "", "2000000000", "1000", "1", "invoke");
        assertThat(conversation.invoke("d", new byte[0], sink).outcome()).isEqualTo(Outcome.TIMEOUT);

        frame("EXIT", "", "1", "300000000", "1000", "1", "init");
        InvocationResult init = conversation.invoke("e", new byte[0], sink);
        assertThat(init.outcome()).isEqualTo(Outcome.INIT_ERROR);
        assertThat(init.errorType()).isEqualTo("Runtime.ExitError");
    }

    @Test
    void aStoppedContainerIsABrokenSandbox() {
        frame(Frame.CLOSED, "exec /var/task/jre/bin/java: exec format error\n");
        assertThatThrownBy(() -> conversation.invoke("a", new byte[0], sink))
                .isInstanceOf(InvokeException.class)
                .hasMessage(
                        "The sandbox container stopped unexpectedly: exec /var/task/jre/bin/java: exec format error\n")
                .extracting(e -> ((InvokeException) e).code())
                .isEqualTo(InvokeException.Code.SANDBOX_FAILED);
    }
}
