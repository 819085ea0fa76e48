package dev.lambdapackager.runtime.handlers;

/** An exception that throws from {@code getMessage()} and {@code toString()}, as a buggy library's may. */
public class HostileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
        throw new IllegalStateException("getMessage() is broken");
    }

    @Override
    public String toString() {
        throw new IllegalStateException("toString() is broken");
    }
}
