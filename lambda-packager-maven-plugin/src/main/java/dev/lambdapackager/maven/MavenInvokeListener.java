package dev.lambdapackager.maven;

import dev.lambdapackager.packager.invoke.InvokeListener;
import org.apache.maven.plugin.logging.Log;

/** Hands the invoke core's lines to Maven's log. */
final class MavenInvokeListener implements InvokeListener {

    private final Log log;

    MavenInvokeListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
