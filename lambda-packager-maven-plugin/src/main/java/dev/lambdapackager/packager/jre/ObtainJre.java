package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.archive.PrecompressedTree;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline step that obtains the linked JRE: from the cache when the module set is known and linked before in
 * the same image, otherwise by the builder's link phase (which also runs jdeps when the module set is not known
 * yet: one container for both). A linked JRE is stripped of native symbols when asked, deflated once, and stored.
 */
public final class ObtainJre {

    private final BuilderSession session;
    private final JreCache cache;
    private final ImageFacts facts;
    private final CachedImageCheck check;
    private final PackagerListener listener;

    public ObtainJre(
            BuilderSession session,
            JreCache cache,
            ImageFacts facts,
            CachedImageCheck check,
            PackagerListener listener) {
        this.session = session;
        this.cache = cache;
        this.facts = facts;
        this.check = check;
        this.listener = listener;
    }

    /**
     * The JRE for {@code inputs}.
     *
     * @param image the builder image as the keys name it (its name, or its id when pulled every time)
     * @param modules the module set when known (by the host's jdeps, or the builder's), additional modules included;
     *     empty to have the link phase find it
     * @param useCache whether a cached JRE may be used
     */
    public BuiltJre obtain(
            String image, Optional<List<String>> modules, JreInputs inputs, Duration timeout, boolean useCache)
            throws PackagingException {
        if (useCache && modules.isPresent()) {
            Optional<BuiltJre> cached = cached(image, modules.get(), inputs);
            if (cached.isPresent()) {
                reportReused(cached.get(), "the module set is unchanged; no link needed");
                return cached.get();
            }
        }
        listener.info("Building the JRE for " + session.architecture() + " in " + session.reference()
                + (useCache ? " (not in the cache yet)" : " (cache not used)"));
        String imageId = session.imageId();
        long start = System.nanoTime();
        Path staging = staging();
        try {
            session.builder()
                    .link(
                            new LinkJob(
                                    modules.orElse(List.of()),
                                    inputs.jars(),
                                    inputs.additionalModules(),
                                    inputs.excludeModules(),
                                    timeout),
                            staging);
            Path build = Files.createDirectories(staging.resolve(BuiltJre.BUILD));
            Files.writeString(build.resolve(BuiltJre.IMAGE_ID), imageId + "\n", StandardCharsets.UTF_8);
            if (inputs.stripNativeSymbols()) {
                long saved = NativeSymbolStripper.stripAll(staging.resolve(BuiltJre.JRE));
                listener.info(String.format(
                        Locale.ROOT,
                        "Removed the native symbol tables of the JRE's libraries: %.1f MB less",
                        saved / 1_000_000.0));
            }
            long compressing = System.nanoTime();
            PrecompressedTree.write(staging.resolve(BuiltJre.JRE), staging.resolve(BuiltJre.PRECOMPRESSED));
            listener.debug("deflated the JRE in " + (System.nanoTime() - compressing) / 1_000_000 + " ms");
            BuiltJre linked = BuiltJre.read(staging);
            facts.recordJavaFeature(image, session.architecture(), linked.javaFeature());
            BuiltJre stored = cache.store(
                    CacheKey.forJre(image, session.architecture(), linked.modules(), inputs.stripNativeSymbols()),
                    staging);
            listener.info("Linked the JRE in "
                    + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s: " + describe(stored)
                    + "; cached in " + stored.directory());
            return stored;
        } catch (IOException e) {
            throw new PackagingException(
                    Code.CACHE_UNUSABLE,
                    "Cannot store the JRE in the cache " + cache.root() + ": " + e.getMessage(),
                    e);
        } finally {
            discard(staging);
        }
    }

    /**
     * The JRE linked before for {@code modules} in the image the builder image's name stands for now, if it is still
     * cached.
     */
    public Optional<BuiltJre> cached(String image, List<String> modules, JreInputs inputs) {
        return cache.lookup(CacheKey.forJre(image, session.architecture(), modules, inputs.stripNativeSymbols()))
                .filter(jre -> !check.builtFromAnotherImage("JRE", jre.imageId()));
    }

    /** Says in the log that {@code jre} is used again, and {@code why}. */
    public void reportReused(BuiltJre jre, String why) {
        listener.info("Reusing the cached JRE: " + describe(jre) + " from " + jre.directory() + " (" + why + ")");
    }

    /** One line about a JRE for the log. */
    public static String describe(BuiltJre jre) {
        return "Java " + jre.javaFeature() + ", modules " + String.join(",", jre.modules());
    }

    private Path staging() throws PackagingException {
        try {
            return cache.newStagingDirectory();
        } catch (IOException e) {
            throw new PackagingException(
                    Code.CACHE_UNUSABLE,
                    "Cannot create a folder in the JRE cache " + cache.root() + ": " + e.getMessage()
                            + "; set the cache directory to a writable folder.",
                    e);
        }
    }

    private void discard(Path staging) {
        if (Files.exists(staging)) {
            try {
                cache.discard(staging);
            } catch (IOException e) {
                listener.debug("could not delete " + staging + ": " + e.getMessage());
            }
        }
    }
}
