package dev.lambdapackager.packager.invoke;

/** Receives an invocation's response as a {@link Sandbox} gets it, piece by piece, on the thread that reads it. */
public interface ResponseSink {

    /** The event reached the function (after its init, on a cold start). */
    void invoked();

    /**
     * The response began.
     *
     * @param streamed true for a streamed (chunked) response, false for a buffered one
     * @param contentType its media type
     */
    void started(boolean streamed, String contentType);

    /** A piece of the body, as it arrived. */
    void chunk(byte[] bytes);
}
