package dev.lambdapackager.packager.model;

import java.util.Locale;

/**
 * What the build does when the handler's own constructor or static initializer throws during the training start in
 * the builder container (which has no network and no AWS credentials). The runtime's own loading errors
 * (class not found, invalid handler, a missing class) always fail the build.
 */
public enum InitFailure {
    /** Fail the build (the default): the function would fail the same way on Lambda unless the cause is the builder. */
    FAIL,
    /** Warn and package anyway; the CDS archive covers the classes loaded until the failure. */
    WARN;

    /** Parses {@code fail} or {@code warn}, any case. */
    public static InitFailure parse(String value) {
        for (InitFailure f : values()) {
            if (f.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not an init failure policy; use fail or warn");
    }

    /** The configuration value: {@code fail} or {@code warn}. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
