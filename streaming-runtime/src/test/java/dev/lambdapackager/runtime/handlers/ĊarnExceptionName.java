package dev.lambdapackager.runtime.handlers;

/** An exception whose class name has a letter (U+010A) that a byte cast would turn into a line feed. */
public class ĊarnExceptionName extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ĊarnExceptionName(String message) {
        super(message);
    }
}
