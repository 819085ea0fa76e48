package dev.lambdapackager.packager.model;

/**
 * Where the core reports progress. The Maven mojo maps it to Maven's log; tests collect it. The core never
 * prints on its own, and collapses noisy sources (image pull progress) to a few lines before calling this.
 */
public interface PackagerListener {

    /** A line worth showing by default. */
    void info(String message);

    /** Something the user should look at; packaging goes on. */
    void warn(String message);

    /** Detail for {@code mvn -X}; the build container's output goes here too when not echoed. */
    void debug(String message);

    /** A listener that drops everything. */
    static PackagerListener silent() {
        return new PackagerListener() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void debug(String message) {}
        };
    }
}
