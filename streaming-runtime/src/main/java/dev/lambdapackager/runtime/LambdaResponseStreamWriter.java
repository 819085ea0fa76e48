package dev.lambdapackager.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes one invocation's response to the Lambda Runtime API.
 *
 * <p>The contract, enforced on every call:
 * <ol>
 *   <li>The response head is sent lazily, on the first {@link #write write} (or
 *       {@link #writeStatusAndHeaders writeStatusAndHeaders}): a streamed, chunked POST.</li>
 *   <li>Each {@code write} sends exactly one HTTP chunk and flushes it before returning.</li>
 *   <li>{@link #finish} ends the stream. {@link #writeAndFinish} with nothing written before sends the whole
 *       response at once: a buffered POST with {@code Content-Length} up to 6 MB, a stream above that.</li>
 *   <li>After the response has ended, every further call throws {@link IllegalStateException} naming the call
 *       that ended it.</li>
 *   <li>{@code writeStatusAndHeaders} is allowed only once and only before the first body byte.</li>
 * </ol>
 * Instances are not meant to be used from several threads at once; calls are serialized nonetheless.
 */
public interface LambdaResponseStreamWriter {

    /**
     * Sends the buffer's remaining bytes as one chunk and flushes it.
     *
     * @param buffer the bytes to send; its position moves to its limit
     * @throws IOException when the Runtime API connection fails
     * @throws IllegalStateException when the response has already ended
     */
    void write(ByteBuffer buffer) throws IOException;

    /**
     * Ends the response. A response with no byte written becomes an empty response.
     *
     * @throws IOException when the Runtime API connection fails
     * @throws IllegalStateException when the response has already ended
     */
    void finish() throws IOException;

    /**
     * Sends the buffer's remaining bytes and ends the response. With nothing written before, the response is
     * buffered (sent with {@code Content-Length}) when it is at most 6 MB, and streamed otherwise.
     *
     * @param buffer the last (or only) bytes of the response
     * @throws IOException when the Runtime API connection fails
     * @throws IllegalStateException when the response has already ended
     */
    void writeAndFinish(ByteBuffer buffer) throws IOException;

    /**
     * Sends the HTTP status and headers that a function URL or API Gateway gives the client, as the
     * {@code application/vnd.awslambda.http-integration-response} prelude. Only before the first body byte.
     *
     * @param statusCode the HTTP status for the client, e.g. 200
     * @param headers single-value response headers for the client
     * @throws IOException when the Runtime API connection fails
     * @throws IllegalStateException when a body byte or a prelude was already sent, or the response ended
     */
    default void writeStatusAndHeaders(int statusCode, Map<String, String> headers) throws IOException {
        writeStatusAndHeaders(statusCode, headers, Map.of(), List.of());
    }

    /**
     * Like {@link #writeStatusAndHeaders(int, Map)}, with multi-value headers and cookies.
     *
     * @param statusCode the HTTP status for the client
     * @param headers single-value response headers
     * @param multiValueHeaders headers with several values
     * @param cookies {@code Set-Cookie} values
     * @throws IOException when the Runtime API connection fails
     * @throws IllegalStateException when a body byte or a prelude was already sent, or the response ended
     */
    void writeStatusAndHeaders(
            int statusCode,
            Map<String, String> headers,
            Map<String, List<String>> multiValueHeaders,
            List<String> cookies)
            throws IOException;

    /**
     * Sends the bytes as one chunk; see {@link #write(ByteBuffer)}.
     *
     * @param bytes the bytes to send
     * @throws IOException when the Runtime API connection fails
     */
    default void write(byte[] bytes) throws IOException {
        write(ByteBuffer.wrap(bytes));
    }

    /**
     * Sends the text, encoded as UTF-8, as one chunk; see {@link #write(ByteBuffer)}.
     *
     * @param text the text to send
     * @throws IOException when the Runtime API connection fails
     */
    default void write(String text) throws IOException {
        write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Sends the text, encoded as UTF-8, and ends the response; see {@link #writeAndFinish(ByteBuffer)}.
     *
     * @param text the whole (or last part of the) response
     * @throws IOException when the Runtime API connection fails
     */
    default void writeAndFinish(String text) throws IOException {
        writeAndFinish(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }
}
