package dev.lambdapackager.runtime.handlers.aws;

/** The function's own exception type: its class name is the error type the caller sees. */
public class OrderRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OrderRejectedException(String message) {
        super(message);
    }
}
