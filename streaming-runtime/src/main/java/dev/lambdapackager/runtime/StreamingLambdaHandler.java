package dev.lambdapackager.runtime;

import java.nio.ByteBuffer;

/**
 * A Lambda function that writes its response as a stream.
 *
 * <p>The runtime calls {@link #handle} once per invocation, on one thread, one invocation at a time. The
 * handler writes its response through the {@link LambdaResponseStreamWriter}: each
 * {@link LambdaResponseStreamWriter#write write} reaches the Lambda service before it returns, so a client
 * of a streaming invoke or a function URL sees it at once.
 *
 * <p>What happens when the handler fails depends on how far the response got:
 * <ul>
 *   <li>an exception before any byte was written reports an invocation error (the Runtime API's
 *       {@code /error}) with {@code errorMessage}, {@code errorType} and {@code stackTrace};</li>
 *   <li>an exception after a byte was written ends the stream with error trailers
 *       ({@code Lambda-Runtime-Function-Error-Type}, {@code Lambda-Runtime-Function-Error-Body});</li>
 *   <li>an exception after the response was finished is logged, and the next invocation goes on.</li>
 * </ul>
 * A handler that returns without calling {@link LambdaResponseStreamWriter#finish finish} is finished for it.
 */
@FunctionalInterface
public interface StreamingLambdaHandler {

    /**
     * Handles one invocation.
     *
     * @param event the invocation's payload, as the Lambda service sent it (usually JSON)
     * @param responseWriter where the response goes; valid only until this method returns
     * @param context facts about this invocation and the function
     * @throws Exception any failure; reported to Lambda as described on this interface
     */
    void handle(ByteBuffer event, LambdaResponseStreamWriter responseWriter, LambdaContext context) throws Exception;
}
