package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.archive.PrecompressedTree;
import dev.lambdapackager.packager.launch.CdsArchive;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline step that obtains the class data of the function's jars: from the cache when the jars' contents and
 * everything else in its {@link CacheKey} are unchanged (and its JRE is still cached), otherwise by the builder's
 * class-data phase with the given JRE copied in. With class data switched off, an empty entry is stored without a
 * builder, so that a later unchanged build is still one lookup.
 */
public final class ObtainClassData {

    private final BuilderSession session;
    private final ClassDataCache cache;
    private final JreCache jres;
    private final CachedImageCheck check;
    private final PackagerListener listener;

    public ObtainClassData(
            BuilderSession session,
            ClassDataCache cache,
            JreCache jres,
            CachedImageCheck check,
            PackagerListener listener) {
        this.session = session;
        this.cache = cache;
        this.jres = jres;
        this.check = check;
        this.listener = listener;
    }

    /**
     * The class data stored under {@code key} and the JRE it was made with, when both are cached and were built in the
     * image the builder image's name stands for now: then nothing needs an engine.
     */
    public Optional<CachedRuntime> cached(CacheKey key) {
        Optional<ClassData> classData = cache.lookup(key);
        if (classData.isEmpty()) {
            return Optional.empty();
        }
        Optional<BuiltJre> jre = jres.lookup(classData.get().jreKey());
        if (jre.isEmpty() || check.builtFromAnotherImage("JRE", classData.get().imageId())) {
            return Optional.empty();
        }
        return Optional.of(new CachedRuntime(jre.get(), classData.get()));
    }

    /** Makes the class data for {@code inputs} with {@code jre} and stores it under {@code key}. */
    public ClassData make(CacheKey key, BuiltJre jre, JreInputs inputs, Duration timeout) throws PackagingException {
        try {
            return make(key, jre, inputs, timeout, false);
        } catch (ModuleSetChangedException e) {
            throw new IllegalStateException("no module check was asked for", e);
        }
    }

    /**
     * Makes the class data for {@code inputs} with {@code jre}, the JRE the last build of these jars linked, taken on
     * trust: the builder's jdeps checks meanwhile that the jars need exactly its modules. This saves a container run
     * of jdeps alone (and its JVM start) on every code change when the host cannot analyse the jars.
     *
     * @throws ModuleSetChangedException when they need other modules: nothing is stored then
     */
    public ClassData makeTrusting(CacheKey key, BuiltJre jre, JreInputs inputs, Duration timeout)
            throws PackagingException, ModuleSetChangedException {
        return make(key, jre, inputs, timeout, true);
    }

    private ClassData make(CacheKey key, BuiltJre jre, JreInputs inputs, Duration timeout, boolean checkModules)
            throws PackagingException, ModuleSetChangedException {
        Path staging = staging();
        try {
            String imageId = jre.imageId();
            if (inputs.cds()) {
                long start = System.nanoTime();
                listener.info("Making the class data of the function's jars in " + session.reference());
                imageId = session.imageId();
                Optional<List<String>> changed = session.builder()
                        .makeClassData(
                                new ClassDataJob(
                                        jre.jre(),
                                        inputs.jars(),
                                        inputs.jarTime(),
                                        inputs.handlers(),
                                        inputs.launcherClass(),
                                        timeout,
                                        inputs.functions(),
                                        inputs.trainingEvents(),
                                        inputs.trainingTimeout(),
                                        inputs.jvmOptions(),
                                        inputs.excludeModules(),
                                        inputs.initFailure(),
                                        checkModules ? jre.modules() : List.of(),
                                        inputs.additionalModules()),
                                staging);
                if (changed.isPresent()) {
                    throw new ModuleSetChangedException(changed.get());
                }
                listener.debug("made the class data in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            } else {
                Files.createDirectories(staging.resolve(ClassData.FILES));
                Files.createDirectories(staging.resolve(BuiltJre.BUILD));
                Files.writeString(
                        staging.resolve(BuiltJre.BUILD).resolve(ClassData.KIND), "none\n", StandardCharsets.UTF_8);
            }
            Path build = staging.resolve(BuiltJre.BUILD);
            Files.writeString(build.resolve(BuiltJre.IMAGE_ID), imageId + "\n", StandardCharsets.UTF_8);
            Files.writeString(build.resolve(ClassData.JRE_KEY), jre.key() + "\n", StandardCharsets.UTF_8);
            PrecompressedTree.write(staging.resolve(ClassData.FILES), staging.resolve(ClassData.PRECOMPRESSED));
            ClassData stored = cache.store(key, staging);
            listener.info("Class data: " + kind(stored.kind()) + "; cached in " + stored.directory());
            return stored;
        } catch (IOException e) {
            throw new PackagingException(
                    Code.CACHE_UNUSABLE,
                    "Cannot store the class data in the cache " + cache.root() + ": " + e.getMessage(),
                    e);
        } finally {
            if (Files.exists(staging)) {
                try {
                    cache.discard(staging);
                } catch (IOException e) {
                    listener.debug("could not delete " + staging + ": " + e.getMessage());
                }
            }
        }
    }

    /** One line about a runtime for the log. */
    public static String describe(BuiltJre jre, ClassData classData) {
        return ObtainJre.describe(jre) + ", " + kind(classData.kind());
    }

    private static String kind(CdsArchive kind) {
        return switch (kind) {
            case AOT -> "AOT cache per function";
            case APPLICATION -> "application CDS archive";
            case DEFAULT -> "default CDS archive";
            case NONE -> "no CDS archive";
        };
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
}
