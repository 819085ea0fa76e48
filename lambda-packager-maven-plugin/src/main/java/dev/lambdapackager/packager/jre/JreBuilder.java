package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PullPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the packaging core needs from whatever runs the JDK of the target architecture: link a JRE, and make the
 * class data of a function's jars with a linked JRE. The core owns this interface and decides when each runs (the
 * caches, the order); {@code container.DockerJreBuilder} implements it with one builder container per call, and an
 * engine-free implementation can slot in beside it. Calls come in this order: {@link #checkImage} (optional, any
 * time), {@link #prepare} once, then {@link #link} and {@link #makeClassData} as often as needed, then
 * {@link #close}.
 */
public interface JreBuilder extends AutoCloseable {

    /**
     * Starts finding out, in the background, which image {@code reference} names now, so that a cache hit can be
     * checked against it without waiting for an engine connection. Never fails: no answer is an outcome.
     */
    ImageCheck checkImage(String reference);

    /**
     * Makes the builder image ready: present per {@code policy}, and for {@code architecture}.
     *
     * @return the image's id
     * @throws PackagingException when the engine cannot be reached or the image is missing or for another architecture
     */
    String prepare(String reference, Architecture architecture, PullPolicy policy) throws PackagingException;

    /**
     * Whether this builder runs the target architecture's JDK under emulation, roughly ten times slower than natively
     * (the engine's host has another architecture). Called after {@link #prepare}; false when it cannot tell.
     */
    boolean emulated();

    /**
     * Links a JRE (the link phase of the build script) into {@code staging}, an empty folder: {@code jre/} and the
     * notes {@code build/modules} and {@code build/java-version}.
     */
    void link(LinkJob job, Path staging) throws PackagingException;

    /**
     * Makes the class data of {@code job}'s jars with {@code job}'s JRE (the class-data phase) into {@code staging}, an
     * empty folder: {@code class-data/} laid out as under {@code jre/}, and the note {@code build/cds}. With
     * {@link ClassDataJob#expectedModules()} set, the builder's jdeps also checks that the jars need exactly those
     * modules.
     *
     * @return empty when the class data is made; the module set the jars need when it is not the expected one (then
     *     nothing in {@code staging} is to be used)
     */
    Optional<List<String>> makeClassData(ClassDataJob job, Path staging) throws PackagingException;

    /** Releases the engine connection, if one was made. */
    @Override
    void close();
}
