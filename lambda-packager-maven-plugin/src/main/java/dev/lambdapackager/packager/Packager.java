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
import dev.lambdapackager.packager.jre.JreBuilder;
import dev.lambdapackager.packager.jre.JreCache;
import dev.lambdapackager.packager.jre.JreInputs;
import dev.lambdapackager.packager.jre.ModuleSetChangedException;
import dev.lambdapackager.packager.jre.ObtainClassData;
import dev.lambdapackager.packager.jre.ObtainJre;
import dev.lambdapackager.packager.jre.ResolveModules;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagedFunction;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.packager.model.PullPolicy;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                CacheKey classDataKey = classDataKey(image, request, inputs);

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
                    runtime = build(request, checked, session, check, image, inputs, jres, classDataStep, classDataKey);
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
     * The runtime of a class-data cache miss. The module set comes from the host's jdeps when it is the builder's JDK;
     * otherwise, when the last build of these jars linked a JRE that is still cached and class data is made at all,
     * the class data is made with it straight away while the builder's jdeps checks it (one container on a code
     * change); otherwise the link phase finds the modules itself.
     */
    private CachedRuntime build(
            ArchiveRequest request,
            CheckedRequest checked,
            BuilderSession session,
            CachedImageCheck check,
            String image,
            JreInputs inputs,
            JreCache jres,
            ObtainClassData classDataStep,
            CacheKey classDataKey)
            throws PackagingException {
        ImageFacts facts = new ImageFacts(request.cacheDirectory());
        Optional<List<String>> modules = new ResolveModules(listener)
                .resolve(
                        checked.jars(),
                        request.additionalModules(),
                        request.excludeModules(),
                        facts.javaFeature(image, request.architecture()));
        ObtainJre jreStep = new ObtainJre(session, jres, facts, check, listener);
        // Only the class-data phase checks a guessed module set; without class data the link phase's jdeps decides.
        if (modules.isEmpty() && request.useCache() && inputs.cds()) {
            Optional<BuiltJre> last = facts.lastModules(image, request.architecture(), inputs)
                    .flatMap(guess -> jreStep.cached(image, guess, inputs));
            if (last.isPresent()) {
                listener.info("Reusing the cached JRE: " + ObtainJre.describe(last.get()) + " from "
                        + last.get().directory()
                        + " (the module set of the last build of these jars; the builder's jdeps checks it"
                        + " while the class data is made)");
                try {
                    return new CachedRuntime(
                            last.get(),
                            classDataStep.makeTrusting(classDataKey, last.get(), inputs, request.buildTimeout()));
                } catch (ModuleSetChangedException e) {
                    modules = Optional.of(e.modules());
                }
            }
        }
        BuiltJre jre = jreStep.obtain(image, modules, inputs, request.buildTimeout(), request.useCache());
        facts.recordModules(image, request.architecture(), inputs, jre.modules());
        return new CachedRuntime(jre, classDataStep.make(classDataKey, jre, inputs, request.buildTimeout()));
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

    private static CacheKey classDataKey(String image, ArchiveRequest request, JreInputs inputs)
            throws PackagingException {
        try {
            return CacheKey.forClassData(image, request.architecture(), inputs);
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }
}
