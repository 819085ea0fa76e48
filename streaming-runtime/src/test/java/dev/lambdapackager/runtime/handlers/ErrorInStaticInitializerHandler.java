package dev.lambdapackager.runtime.handlers;

/** A handler whose static initializer throws an {@code Error}, which Java does not wrap, as an assertion does. */
public class ErrorInStaticInitializerHandler extends EchoHandler {

    static {
        checkConfiguration();
    }

    private static void checkConfiguration() {
        throw new AssertionError("the configuration file is missing");
    }
}
