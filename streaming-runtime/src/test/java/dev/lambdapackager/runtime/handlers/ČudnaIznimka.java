package dev.lambdapackager.runtime.handlers;

/** An exception whose class name has a letter (U+010C) that a byte cast would turn into a form feed. */
// The non-ASCII class name is the point: it must reach the wire percent-encoded.
@SuppressWarnings("UnicodeInCode")
public class ČudnaIznimka extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ČudnaIznimka(String message) {
        super(message);
    }
}
