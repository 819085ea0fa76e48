package dev.lambdapackager.maven;

import dev.lambdapackager.packager.model.PackagerListener;
import org.apache.maven.plugin.logging.Log;

/** Hands the core's events to Maven's log. */
final class MavenLogListener implements PackagerListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
