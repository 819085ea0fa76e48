package dev.lambdapackager.packager.launch;

import java.util.Locale;

/** Which class-data-sharing archive the linked JRE carries. */
public enum CdsArchive {
    /**
     * An AOT cache per function from its training start (JDK 25+, {@code jre/lib/server/<Function>.aot}): classes
     * loaded and linked, and method profiles, as of the training run.
     */
    AOT,
    /** An application archive from a training start of the handlers ({@code jre/lib/server/app-cds.jsa}). */
    APPLICATION,
    /** The JDK's default archive of JDK classes ({@code jre/lib/server/classes.jsa}), found by the JVM itself. */
    DEFAULT,
    /** None ({@code cds} switched off). */
    NONE;

    /** Reads the word the build script writes ({@code app}, {@code default}, {@code none}). */
    public static CdsArchive fromScriptOutput(String word) {
        switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "aot":
                return AOT;
            case "app":
                return APPLICATION;
            case "default":
                return DEFAULT;
            case "none":
                return NONE;
            default:
                throw new IllegalArgumentException("unknown CDS archive kind '" + word + "'");
        }
    }
}
