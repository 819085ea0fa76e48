package dev.lambdapackager.runtime.internal;

/**
 * The runtime jar's {@code Main-Class}: {@code java -cp <jars> dev.lambdapackager.runtime.internal.Launcher
 * <handler class>}. The handler's class name is the first argument, else {@code _HANDLER}; the class must
 * implement {@code StreamingLambdaHandler} or AWS's {@code RequestStreamHandler} and have a no-argument
 * constructor. If it cannot be loaded, the failure goes to the Runtime API's {@code /init/error} and the
 * process exits with a non-zero status.
 */
public final class Launcher {

    private Launcher() {}

    /**
     * @param args the handler class name, optionally
     */
    public static void main(String[] args) {
        String handlerName = args.length > 0 ? args[0] : System.getenv("_HANDLER");
        RuntimeStarter.fromEnvironment().run(handlerName);
    }
}
