package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PullPolicy;

/**
 * A {@link JreBuilder} for one packaging run and one builder image: the image is made ready on first use only, so a
 * run served from the cache never connects to an engine.
 */
public final class BuilderSession {

    private final JreBuilder builder;
    private final String reference;
    private final Architecture architecture;
    private final PullPolicy policy;
    private String imageId;

    public BuilderSession(JreBuilder builder, String reference, Architecture architecture, PullPolicy policy) {
        this.builder = builder;
        this.reference = reference;
        this.architecture = architecture;
        this.policy = policy;
    }

    /** The builder. */
    public JreBuilder builder() {
        return builder;
    }

    /** The builder image's name as configured. */
    public String reference() {
        return reference;
    }

    /** The architecture built for. */
    public Architecture architecture() {
        return architecture;
    }

    /** Whether the builder runs the JDK under emulation (see {@link JreBuilder#emulated()}), making it ready first. */
    public boolean emulated() throws PackagingException {
        imageId();
        return builder.emulated();
    }

    /** The builder image's id, making it ready first if that has not happened yet. */
    public String imageId() throws PackagingException {
        if (imageId == null) {
            imageId = builder.prepare(reference, architecture, policy);
        }
        return imageId;
    }
}
