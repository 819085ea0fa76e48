package dev.lambdapackager.maven;

import dev.lambdapackager.packager.invoke.InvokeListener;
import dev.lambdapackager.packager.model.PackagerListener;
import org.apache.maven.plugin.logging.Log;

/** Hands the core's lines, packaging's and invoking's alike, to Maven's log at the level each asks for. */
final class MavenLogListener implements PackagerListener, InvokeListener {

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
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
