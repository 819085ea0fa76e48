package dev.lambdapackager.runtime.testsupport;

import dev.lambdapackager.runtime.LambdaLogger;
import dev.lambdapackager.runtime.StreamingLambdaHandler;
import dev.lambdapackager.runtime.internal.InvocationLoop;
import dev.lambdapackager.runtime.internal.LambdaRuntimeException;
import dev.lambdapackager.runtime.internal.RuntimeEnvironment;
import dev.lambdapackager.runtime.internal.api.RuntimeApiClient;
import dev.lambdapackager.runtime.internal.log.RuntimeLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The runtime's invocation loop on a thread of the test JVM, talking to a {@link LoopbackRuntimeApi}; it runs
 * until the loopback API ends the connection, and keeps what it logged.
 */
public final class RuntimeUnderTest {

    private final CompletableFuture<LambdaRuntimeException> end = new CompletableFuture<>();
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    private RuntimeUnderTest() {}

    public static RuntimeUnderTest start(LoopbackRuntimeApi api, StreamingLambdaHandler handler) {
        return start(api, handler, Map.of());
    }

    public static RuntimeUnderTest start(
            LoopbackRuntimeApi api, StreamingLambdaHandler handler, Map<String, String> environment) {
        return start(api.address(), handler, environment);
    }

    /** Runs the loop against any Runtime API, e.g. the Go one, at {@code host:port}. */
    public static RuntimeUnderTest start(
            String address, StreamingLambdaHandler handler, Map<String, String> environment) {
        RuntimeUnderTest runtime = new RuntimeUnderTest();
        RuntimeLog log = new RuntimeLog(
                new PrintStream(runtime.logged, true, StandardCharsets.UTF_8), LambdaLogger.Level.DEBUG, false);
        RuntimeApiClient client = new RuntimeApiClient(address, log);
        InvocationLoop loop = new InvocationLoop(client, handler, new RuntimeEnvironment(environment), log);
        Thread thread = new Thread(
                () -> {
                    try {
                        loop.run();
                        runtime.end.completeExceptionally(new AssertionError("the loop returned"));
                    } catch (LambdaRuntimeException e) {
                        runtime.end.complete(e);
                    } catch (Throwable t) {
                        runtime.end.completeExceptionally(t);
                    } finally {
                        client.close();
                    }
                },
                "runtime-under-test");
        thread.setDaemon(true);
        thread.start();
        return runtime;
    }

    /** @return the failure that ended the loop, waiting up to 30 s for it */
    public LambdaRuntimeException awaitEnd() throws Exception {
        return end.get(30, TimeUnit.SECONDS);
    }

    /** @return what the runtime and the handler logged so far */
    public String log() {
        return logged.toString(StandardCharsets.UTF_8);
    }
}
