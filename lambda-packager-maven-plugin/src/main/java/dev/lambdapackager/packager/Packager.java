package dev.lambdapackager.packager;

import dev.lambdapackager.packager.archive.AssembleZip;
import dev.lambdapackager.packager.check.CheckRequest;
import dev.lambdapackager.packager.check.CheckedRequest;
import dev.lambdapackager.packager.check.TrainingEvents;
import dev.lambdapackager.packager.container.DockerJreBuilder;
import dev.lambdapackager.packager.jre.BuilderSession;
import dev.lambdapackager.packager.jre.BuiltJre;
import dev.lambdapackager.packager.jre.CacheKey;
import dev.lambdapackager.packager.jre.CacheLevels;
import dev.lambdapackager.packager.jre.CachedImageCheck;
import dev.lambdapackager.packager.jre.CachedRuntime;
import dev.lambdapackager.packager.jre.ClassDataCache;
import dev.lambdapackager.packager.jre.ImageFacts;
import dev.lambdapackager.packager.jre.JarContents;
import dev.lambdapackager.packager.jre.JdkReferences;
import dev.lambdapackager.packager.jre.JreBuilder;
import dev.lambdapackager.packager.jre.JreCache;
import dev.lambdapackager.packager.jre.JreInputs;
import dev.lambdapackager.packager.jre.ModuleSetChangedException;
import dev.lambdapackager.packager.jre.ObtainClassData;
import dev.lambdapackager.packager.jre.ObtainJre;
import dev.lambdapackager.packager.jre.ResolveModules;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagedFunction;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.packager.model.PullPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Packages functions into Lambda zips, as a pipeline of steps with one job each: {@link CheckRequest} (no engine),
 * then — unless the class data of these very jars is cached with its JRE — {@link ResolveModules},
 * {@link ObtainJre} and {@link ObtainClassData} (on a code change, often one builder run for the last two), and last
 * {@link AssembleZip}. Which builder links the JRE and makes
 * the class data is a {@link JreBuilder}; by default {@link DockerJreBuilder}.
 */
public final class Packager {

    private final PackagerListener listener;
    private final Function<PackagerListener, JreBuilder> builders;

    /** A packager that builds in Docker containers. */
    public Packager(PackagerListener listener) {
        this(listener, DockerJreBuilder::new);
    }

    /** A packager that builds with a new builder from {@code builders} for each run. */
    public Packager(PackagerListener listener, Function<PackagerListener, JreBuilder> builders) {
        this.listener = listener;
        this.builders = builders;
    }

    /**
     * Packages every function of {@code request}.
     *
     * @return the zips, in the order of the request's functions
     * @throws PackagingException with a message that says what to change; nothing is left in the output folder
     *     by a failed run
     */
    public List<PackagedFunction> pack(ArchiveRequest request) throws PackagingException {
        try (JreBuilder builder = builders.apply(listener)) {
            // A hit is checked against the image the builder image's name stands for now; asking takes a while, so
            // it starts now and runs while the request is checked. A pulled-every-time image is keyed by its id.
            boolean keyedByName = request.pullPolicy() != PullPolicy.ALWAYS;
            CachedImageCheck check = new CachedImageCheck(
                    request.useCache() && keyedByName ? builder.checkImage(request.builderImage()) : null,
                    request.builderImage(),
                    listener);
            CheckedRequest checked = CheckRequest.check(request, listener);

            BuilderSession session =
                    new BuilderSession(builder, request.builderImage(), request.architecture(), request.pullPolicy());
            // A moved tag must not hit an entry built from the old image: with 'always', key on what was just pulled.
            String image = keyedByName ? request.builderImage() : session.imageId();
            // The cache stays open until the zip is written, so that no other build evicts an entry this one uses.
            try (CacheLevels cache = openCache(request)) {
                JreCache jres = new JreCache(cache.jres());
                ClassDataCache classDataCache = new ClassDataCache(cache.classData());
                ObtainClassData classDataStep = new ObtainClassData(session, classDataCache, jres, check, listener);
                Map<String, String> functions = new LinkedHashMap<>();
                for (FunctionSpec function : request.functions()) {
                    functions.put(function.name(), function.handler().trim());
                }
                JreInputs inputs = new JreInputs(
                        checked.jars(),
                        checked.handlers(),
                        checked.launcherClass(),
                        request.additionalModules(),
                        request.cds(),
                        request.stripNativeSymbols(),
                        request.timestamp().instant(),
                        request.jvmArguments(),
                        functions,
                        TrainingEvents.of(request),
                        request.trainingTimeout(),
                        request.excludeModules(),
                        request.initFailure());
                Map<Path, String> contents = jarContents(checked);
                CacheKey classDataKey = classDataKey(image, request, inputs, contents);

                CachedRuntime runtime =
                        request.useCache() ? classDataStep.cached(classDataKey).orElse(null) : null;
                if (runtime != null) {
                    listener.info("JRE cache hit: " + ObtainClassData.describe(runtime.jre(), runtime.classData())
                            + " from "
                            + runtime.classData().directory() + " (no container needed"
                            + (check.unchecked()
                                    ? "; no Docker engine answered at " + check.engine() + ", so the builder image was"
                                            + " not compared with the one it was built in"
                                    : "")
                            + ")");
                } else {
                    runtime = build(
                            request,
                            checked,
                            session,
                            check,
                            image,
                            inputs,
                            contents,
                            jres,
                            classDataStep,
                            classDataKey);
                }
                return new AssembleZip(listener)
                        .write(
                                request,
                                new AssembleZip.Contents(
                                        checked.jars(),
                                        checked.launcherClass(),
                                        runtime.jre().precompressed(),
                                        runtime.classData().precompressed(),
                                        runtime.classData().kind(),
                                        checked.extraFiles()));
            } catch (IOException e) {
                throw new PackagingException(
                        Code.CACHE_UNUSABLE,
                        "Cannot release the cache " + request.cacheDirectory() + ": " + e.getMessage(),
                        e);
            }
        }
    }

    /**
     * The runtime of a class-data cache miss. When the last build of these jars linked a JRE that is still cached
     * (and class data is made at all), the class data is made with it straight away: without any jdeps when the jars
     * refer to the same JDK packages as that build's ({@link JdkReferences}), else while the builder's jdeps checks
     * its module set, in one container. Where the modules are analysed otherwise (docs/architecture.md, "Module
     * analysis"): the host's jdeps, when it is the builder's JDK, answers before the builder starts; else the link
     * phase's. With a JRE to check, the builder's check is preferred when the builder runs natively (it runs beside
     * the training and costs no time of its own), the host's when the builder is emulated (there the check takes
     * ~25 s of the two cores the training needs).
     */
    private CachedRuntime build(
            ArchiveRequest request,
            CheckedRequest checked,
            BuilderSession session,
            CachedImageCheck check,
            String image,
            JreInputs inputs,
            Map<Path, String> contents,
            JreCache jres,
            ObtainClassData classDataStep,
            CacheKey classDataKey)
            throws PackagingException {
        ImageFacts facts = new ImageFacts(request.cacheDirectory());
        Architecture architecture = request.architecture();
        Optional<Integer> builderFeature = facts.javaFeature(image, architecture);
        ObtainJre jreStep = new ObtainJre(session, jres, facts, check, listener);
        // Only the class-data phase checks a guessed module set; without class data the link phase's jdeps decides.
        Optional<ImageFacts.LastLink> lastLink =
                request.useCache() && inputs.cds() ? facts.lastLink(image, architecture, inputs) : Optional.empty();
        Optional<BuiltJre> last = lastLink.flatMap(link -> jreStep.cached(image, link.modules(), inputs));
        Optional<String> references = references(checked, contents, facts);
        if (last.isPresent()
                && references.isPresent()
                && references.equals(lastLink.get().references())) {
            jreStep.reportReused(
                    last.get(),
                    "the jars refer to the same JDK packages as the last build's, so they need the same modules");
            return new CachedRuntime(
                    last.get(), classDataStep.make(classDataKey, last.get(), inputs, request.buildTimeout()));
        }
        Optional<List<String>> modules = Optional.empty();
        if (last.isEmpty() || (ResolveModules.canAnalyse(builderFeature) && session.emulated())) {
            modules = new ResolveModules(listener)
                    .resolve(checked.jars(), request.additionalModules(), request.excludeModules(), builderFeature);
        }
        if (modules.isEmpty() && last.isPresent()) {
            jreStep.reportReused(
                    last.get(),
                    "the module set of the last build of these jars; the builder's jdeps checks it while the class"
                            + " data is made");
            try {
                CachedRuntime runtime = new CachedRuntime(
                        last.get(),
                        classDataStep.makeTrusting(classDataKey, last.get(), inputs, request.buildTimeout()));
                facts.recordModules(image, architecture, inputs, last.get().modules(), references);
                return runtime;
            } catch (ModuleSetChangedException e) {
                modules = Optional.of(e.modules());
            }
        }
        BuiltJre jre;
        if (last.isPresent()
                && modules.isPresent()
                && Set.copyOf(modules.get()).equals(Set.copyOf(last.get().modules()))) {
            jre = last.get(); // what the host's jdeps found: the JRE looked up above, not verified twice
            jreStep.reportReused(jre, "the module set is unchanged; no link needed");
        } else {
            jre = jreStep.obtain(image, modules, inputs, request.buildTimeout(), request.useCache());
        }
        facts.recordModules(image, architecture, inputs, jre.modules(), references);
        return new CachedRuntime(jre, classDataStep.make(classDataKey, jre, inputs, request.buildTimeout()));
    }

    /** The digest of the jars' {@link JdkReferences}; empty (and jdeps decides) when a class file cannot be read. */
    private Optional<String> references(CheckedRequest checked, Map<Path, String> contents, ImageFacts facts) {
        long start = System.nanoTime();
        try {
            String digest = JdkReferences.digest(checked.jars(), contents, Optional.of(facts.referencesFolder()));
            listener.debug("JDK references of the jars read in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return Optional.of(digest);
        } catch (IOException e) {
            listener.debug("cannot read the jars' JDK references (" + e.getMessage() + "); jdeps decides");
            return Optional.empty();
        }
    }

    private CacheLevels openCache(ArchiveRequest request) throws PackagingException {
        try {
            return CacheLevels.open(request.cacheDirectory(), request.cacheMaxSize(), listener);
        } catch (IOException e) {
            throw new PackagingException(
                    Code.CACHE_UNUSABLE,
                    "Cannot use the cache folder " + request.cacheDirectory() + " (" + e.getMessage()
                            + "); set the cache directory to a writable folder.",
                    e);
        }
    }

    private static Map<Path, String> jarContents(CheckedRequest checked) throws PackagingException {
        try {
            return JarContents.sha256(checked.jars());
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }

    private static CacheKey classDataKey(
            String image, ArchiveRequest request, JreInputs inputs, Map<Path, String> contents)
            throws PackagingException {
        try {
            return CacheKey.forClassData(image, request.architecture(), inputs, contents);
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }
}
