package dev.lambdapackager.packager.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** When the builder image is pulled from its registry. */
public enum PullPolicy {
    /** Pull only when the engine has no image of that name (the default). */
    IF_NOT_PRESENT("ifNotPresent"),
    /** Pull before every build that needs the container, to pick up a moved tag. */
    ALWAYS("always"),
    /** Never pull: the image must already be loaded in the engine. */
    NEVER("never"),
    /**
     * Never pull because the build runs offline ({@code mvn -o}), whatever the configured policy: set by the front
     * end, not configurable, so a missing image is reported as an offline build's problem.
     */
    OFFLINE(null);

    private final String configName;

    PullPolicy(String configName) {
        this.configName = configName;
    }

    /**
     * Reads the configuration name ({@code ifNotPresent}, {@code always}, {@code never}; case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static PullPolicy parse(String value) {
        for (PullPolicy policy : values()) {
            if (policy.configName != null && policy.configName.equalsIgnoreCase(value == null ? "" : value.trim())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown pull policy '" + value + "'; use one of "
                + Arrays.stream(values())
                        .filter(p -> p.configName != null)
                        .map(PullPolicy::configName)
                        .collect(Collectors.joining(", ")));
    }

    /** The value as written in the POM or on the command line; {@code offline} for {@link #OFFLINE}. */
    public String configName() {
        return configName == null ? "offline" : configName;
    }

    /** Whether this policy ever pulls. */
    public boolean mayPull() {
        return this == IF_NOT_PRESENT || this == ALWAYS;
    }

    @Override
    public String toString() {
        return configName();
    }
}
