package dev.lambdapackager.packager.invoke;

/** Where the invoke core's log lines go (the Maven log, in the plugin). The response body never goes here. */
public interface InvokeListener {

    /** Lambda's own lines (START, END, REPORT) and the function's log output. */
    void info(String message);

    /** The function failed: errors, timeouts, crashes, init failures. */
    void error(String message);

    /** Details for {@code -X}: image checks, chunk arrival times. */
    void debug(String message);
}
