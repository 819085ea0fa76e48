package dev.lambdapackager.packager.invoke.runtimeapi;

import java.util.List;

/**
 * One message from {@link SandboxRuntimeApi} (see its class comment for the types).
 *
 * @param type the frame type, e.g. {@code CHUNK}
 * @param fields the head line's fields after the length
 * @param payload the bytes after the head line
 */
// A frame is read once and handed on, never compared or hashed, so the array's identity equals() does no harm.
@SuppressWarnings("ArrayRecordComponent")
public record Frame(String type, List<String> fields, byte[] payload) {

    /** The frame a reader puts last: the container's output ended. */
    public static final String CLOSED = "CLOSED";

    /** Copies. */
    public Frame {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index} as a number. */
    long number(int index) {
        return Long.parseLong(fields.get(index));
    }
}
