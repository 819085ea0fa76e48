package dev.lambdapackager.testing;

import dev.lambdapackager.packager.model.PackagerListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the core reports, each line prefixed with its level ("INFO ", "WARN ", "DEBUG "), for assertions. */
public final class RecordingListener implements PackagerListener {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    /** Everything reported so far, in order. */
    public List<String> lines() {
        return List.copyOf(lines);
    }
}
