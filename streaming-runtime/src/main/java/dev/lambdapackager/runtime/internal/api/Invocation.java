package dev.lambdapackager.runtime.internal.api;

import java.nio.ByteBuffer;

/** One invocation fetched from the Runtime API: its metadata and its event payload. */
public final class Invocation {

    private final InvocationMetadata metadata;
    private final ByteBuffer event;

    /**
     * @param metadata what the headers said
     * @param event the payload
     */
    public Invocation(InvocationMetadata metadata, ByteBuffer event) {
        this.metadata = metadata;
        this.event = event;
    }

    /** @return what the headers said */
    public InvocationMetadata metadata() {
        return metadata;
    }

    /** @return the payload, positioned at its start */
    public ByteBuffer event() {
        return event;
    }
}
