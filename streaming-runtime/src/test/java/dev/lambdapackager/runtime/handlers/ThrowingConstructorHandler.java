package dev.lambdapackager.runtime.handlers;

/** A handler whose construction fails, as when its configuration is missing. */
public class ThrowingConstructorHandler extends EchoHandler {
    public ThrowingConstructorHandler() {
        throw new IllegalStateException("TABLE_NAME is not set");
    }
}
