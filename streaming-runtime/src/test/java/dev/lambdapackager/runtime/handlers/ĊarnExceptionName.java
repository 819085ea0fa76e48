package dev.lambdapackager.runtime.handlers;

/** An exception whose class name has a letter (U+010A) that a byte cast would turn into a line feed. */
// The non-ASCII class name is the point: it must reach the wire percent-encoded.
@SuppressWarnings("UnicodeInCode")
public class ĊarnExceptionName extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ĊarnExceptionName(String message) {
        super(message);
    }
}
