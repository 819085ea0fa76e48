package dev.lambdapackager.packager;

import dev.lambdapackager.packager.PackagingException.Code;
import dev.lambdapackager.packager.archive.BootstrapScript;
import dev.lambdapackager.packager.archive.FolderEntries;
import dev.lambdapackager.packager.archive.InvalidZipEntryException;
import dev.lambdapackager.packager.archive.PrecompressedTree;
import dev.lambdapackager.packager.archive.ZipEntrySpec;
import dev.lambdapackager.packager.archive.ZipSummary;
import dev.lambdapackager.packager.archive.ZipWriter;
import dev.lambdapackager.packager.container.BuilderImage;
import dev.lambdapackager.packager.container.DockerEngine;
import dev.lambdapackager.packager.container.ImageIdProbe;
import dev.lambdapackager.packager.handler.HandlerCheck;
import dev.lambdapackager.packager.jre.BuiltJre;
import dev.lambdapackager.packager.jre.CacheKey;
import dev.lambdapackager.packager.jre.JreBuild;
import dev.lambdapackager.packager.jre.JreCache;
import dev.lambdapackager.packager.jre.JreInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Packages functions into Lambda zips: checks the request, gets a linked JRE (from the cache, or from one
 * builder-container run), then writes {@code bootstrap}, {@code lib/} and {@code jre/} into one reproducible
 * zip per function. Zips are written aside and moved into {@code outputs/} only when all of them are good.
 */
public final class Packager {

    /** Lambda's hard limit on a function's unzipped size. */
    public static final long MAX_UNZIPPED_BYTES = 262_144_000L;
    /** Lambda's limit for a zip uploaded directly (larger ones must go through S3). */
    public static final long DIRECT_UPLOAD_BYTES = 52_428_800L;

    private static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration HIT_CHECK_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration HIT_CHECK_WAIT = Duration.ofSeconds(3);
    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final PackagerListener listener;

    public Packager(PackagerListener listener) {
        this.listener = listener;
    }

    /**
     * Packages every function of {@code request}.
     *
     * @return the zips, in the order of the request's functions
     * @throws PackagingException with a message that says what to change; nothing is left in the output folder
     *     by a failed run
     */
    public List<PackagedFunction> pack(ArchiveRequest request) throws PackagingException {
        // Should the JRE come from the cache, it is checked against the image the builder image's name stands for now;
        // asking the engine takes a while, so it starts now and runs while the request is checked.
        ImageIdProbe probe = request.useCache() && request.pullPolicy() != PullPolicy.ALWAYS
                ? ImageIdProbe.start(request.builderImage(), HIT_CHECK_TIMEOUT) : null;
        try {
            return pack(request, probe);
        } finally {
            // No thread of ours may outlive the build: once Maven closes the plugin's class realm, a probe still
            // running fails with NoClassDefFoundError. Its answer comes within the ping timeout; wait for it.
            if (probe != null) {
                probe.outcome(HIT_CHECK_WAIT);
            }
        }
    }

    private List<PackagedFunction> pack(ArchiveRequest request, ImageIdProbe probe) throws PackagingException {
        checkSettings(request);
        List<JarInput> jars = withoutContainedJars(libraryJars(request));
        String launcher = RuntimeJar.launcherClass(request.classpath(), request.runtimeVersion());
        checkHandlers(request, jars);
        List<ZipEntrySpec> extraFiles = extraFiles(request); // before the JRE build, which takes minutes under emulation

        JreInputs inputs = new JreInputs(jars, handlers(request), launcher, request.additionalModules(), request.cds(),
                request.stripNativeSymbols(), request.timestamp().instant(), request.excludeModules(), jvmArguments(request),
                request.initFailure());
        BuiltJre jre = linkedJre(request, inputs, probe);

        Map<String, ZipSummary> written = new LinkedHashMap<>();
        try (PrecompressedTree jreFiles = PrecompressedTree.open(jre.precompressed())) {
            for (FunctionSpec function : request.functions()) {
                written.put(function.name(), writeZip(request, function, jars, launcher, jre, jreFiles, extraFiles));
            }
            List<PackagedFunction> result = new ArrayList<>();
            for (Map.Entry<String, ZipSummary> zip : written.entrySet()) {
                Path target = request.outputDirectory().resolve(zip.getKey()).resolve(zip.getKey() + ".zip");
                Files.createDirectories(target.getParent());
                Files.move(zip.getValue().zip(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                result.add(new PackagedFunction(zip.getKey(), target, zip.getValue().zipSize(), zip.getValue().unzippedSize()));
            }
            return result;
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot write the Lambda zips: " + e.getMessage(), e);
        } finally {
            for (ZipSummary zip : written.values()) {
                deleteQuietly(zip.zip());
            }
        }
    }

    private static void checkSettings(ArchiveRequest request) throws PackagingException {
        if (request.functions().isEmpty()) {
            throw new PackagingException(Code.NO_FUNCTION, "No function to package: name a handler class or list the functions.");
        }
        FunctionNames.check(request.functions());
        for (String module : request.additionalModules()) {
            if (!MODULE_NAME.matcher(module).matches()) {
                throw new PackagingException(Code.INVALID_MODULE_NAME, "Additional module '" + module
                        + "' is not a module name; use names such as jdk.crypto.ec or java.sql.");
            }
        }
        for (String module : request.excludeModules()) {
            if (!MODULE_NAME.matcher(module).matches() || module.equals("java.base")) {
                throw new PackagingException(Code.INVALID_EXCLUDE_MODULES, "Module to exclude '" + module + "' is "
                        + (module.equals("java.base") ? "java.base, which every JRE needs" : "not a module name")
                        + "; name modules jdeps found that the function does not need, such as java.desktop.");
            }
            if (request.additionalModules().contains(module)) {
                throw new PackagingException(Code.INVALID_EXCLUDE_MODULES, "Module " + module + " is both to be added"
                        + " (additionalModules) and excluded (excludeModules); keep it in one of them.");
            }
        }
        jvmArguments(request);
        if (request.buildTimeout().isNegative() || request.buildTimeout().isZero()) {
            throw new PackagingException(Code.INVALID_BUILD_TIMEOUT, "The build timeout must be positive, not "
                    + request.buildTimeout().toSeconds() + " s.");
        }
        if (request.classpath().isEmpty() || !Files.exists(request.classpath().get(0).file())) {
            String file = request.classpath().isEmpty() ? "(none)" : request.classpath().get(0).file().toString();
            throw new PackagingException(Code.FUNCTION_JAR_MISSING, "The function's jar " + file
                    + " does not exist; run the package phase first (`mvn package`, or `mvn package lambda:archive`).");
        }
    }

    /** The function's JVM options as the JVM gets them: each value split as a shell would. */
    static List<String> jvmArguments(ArchiveRequest request) throws PackagingException {
        try {
            return JvmOptions.split(request.jvmOptions());
        } catch (IllegalArgumentException e) {
            throw new PackagingException(Code.INVALID_JVM_OPTIONS, "Cannot split the JVM options into arguments: "
                    + e.getMessage() + "; close the quote, or escape it with a backslash to pass it on.", e);
        }
    }

    private static List<String> handlers(ArchiveRequest request) {
        return request.functions().stream().map(FunctionSpec::handler).distinct().toList();
    }

    /**
     * Names each jar for {@code lib/}: {@code artifactId-version.jar}, with the group added where two would clash. A
     * classes folder (compile without package, or a reactor sibling) is packed into a reproducible jar first.
     */
    private static List<JarInput> libraryJars(ArchiveRequest request) throws PackagingException {
        List<ClasspathEntry> classpath = request.classpath();
        Map<String, Long> counts = classpath.stream()
                .collect(Collectors.groupingBy(e -> e.simpleName().toLowerCase(Locale.ROOT), Collectors.counting()));
        List<JarInput> jars = new ArrayList<>();
        for (ClasspathEntry entry : classpath) {
            String name = (counts.get(entry.simpleName().toLowerCase(Locale.ROOT)) > 1
                    ? entry.groupId() + "." + entry.simpleName()
                    : entry.simpleName()).replaceAll("[^A-Za-z0-9._+-]", "_");
            Path file = entry.file();
            if (Files.isDirectory(file)) {
                try {
                    file = ClassesDirectoryJar.pack(file, request.workDirectory().resolve("classes-jars").resolve(name),
                            request.timestamp());
                } catch (IOException e) {
                    throw new PackagingException(Code.IO_FAILURE, "Cannot pack the classes folder " + entry.file() + " of "
                            + entry.coordinates() + " into a jar: " + e.getMessage(), e);
                }
            } else if (!Files.isRegularFile(file)) {
                throw new PackagingException(Code.FUNCTION_JAR_MISSING, "Dependency " + entry.coordinates() + " resolved to "
                        + entry.file() + ", which does not exist; run the package phase so that it is built"
                        + " (`mvn package`, or `mvn package lambda:archive`).");
            }
            jars.add(new JarInput(file, name, entry.coordinates()));
        }
        return jars;
    }

    private List<JarInput> withoutContainedJars(List<JarInput> jars) throws PackagingException {
        try {
            JarOverlap overlap = JarOverlap.of(jars);
            overlap.report(listener);
            return overlap.kept();
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }

    private void checkHandlers(ArchiveRequest request, List<JarInput> jars) throws PackagingException {
        try (HandlerCheck check = HandlerCheck.of(jars.stream().map(JarInput::file).toList())) {
            for (FunctionSpec function : request.functions()) {
                HandlerCheck.Form form = check.check(function);
                listener.debug("handler " + function.handler() + " of " + function.name() + ": " + form.label());
            }
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }

    private BuiltJre linkedJre(ArchiveRequest request, JreInputs inputs, ImageIdProbe probe) throws PackagingException {
        JreCache cache = new JreCache(request.cacheDirectory());
        DockerEngine engine = null;
        try {
            BuilderImage image = null;
            String imageKey = request.builderImage();
            if (request.pullPolicy() == PullPolicy.ALWAYS) {
                // A moved tag must not hit an entry built from the old image: key on what was just pulled.
                engine = DockerEngine.connect(ENGINE_TIMEOUT);
                image = BuilderImage.ensure(engine, request.builderImage(), request.architecture(), request.pullPolicy(), listener);
                imageKey = image.id();
            }
            CacheKey key = cacheKey(imageKey, request, inputs);
            if (request.useCache()) {
                var cached = cache.lookup(key);
                if (cached.isPresent() && !builtFromAnotherImage(probe, request.builderImage(), cached.get())) {
                    boolean unchecked = probe != null && probe.outcome(HIT_CHECK_WAIT) == ImageIdProbe.Outcome.NO_ENGINE;
                    listener.info("JRE cache hit: " + describe(cached.get()) + " from " + cached.get().directory()
                            + " (no container needed" + (unchecked ? "; no Docker engine answered, so the builder image"
                                    + " was not compared with the one it was built in" : "") + ")");
                    return cached.get();
                }
            }
            listener.info("Building the JRE for " + request.architecture() + " in " + request.builderImage()
                    + (request.useCache() ? " (not in the cache yet)" : " (cache not used)"));
            if (image == null) {
                if (engine == null) {
                    engine = DockerEngine.connect(ENGINE_TIMEOUT);
                }
                image = BuilderImage.ensure(engine, request.builderImage(), request.architecture(), request.pullPolicy(), listener);
            }
            long start = System.nanoTime();
            Path staging = staging(cache);
            try {
                new JreBuild(engine, image, request.buildTimeout(), listener).run(inputs, staging);
                BuiltJre stored = cache.store(key, staging);
                listener.info("Built the JRE in " + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s: "
                        + describe(stored) + "; cached in " + stored.directory());
                return stored;
            } catch (IOException e) {
                throw new PackagingException(Code.CACHE_UNUSABLE, "Cannot store the JRE in the cache " + cache.root() + ": "
                        + e.getMessage(), e);
            } finally {
                if (Files.exists(staging)) {
                    try {
                        JreCache.delete(staging);
                    } catch (IOException e) {
                        listener.debug("could not delete " + staging + ": " + e.getMessage());
                    }
                }
            }
        } finally {
            if (engine != null) {
                engine.close();
            }
        }
    }

    /**
     * Whether the engine now has another image under the builder image's name than the one {@code cached} was built
     * in (a tag that moved: a newer JDK, say). Without an engine, or with the image gone, the cached JRE stands.
     */
    private boolean builtFromAnotherImage(ImageIdProbe probe, String reference, BuiltJre cached) {
        if (probe == null || probe.outcome(HIT_CHECK_WAIT) != ImageIdProbe.Outcome.PRESENT
                || probe.id().get().equals(cached.imageId())) {
            return false;
        }
        listener.info("The cached JRE was built in another image than " + reference + " is now (" + cached.imageId()
                + ", now " + probe.id().get() + "): building it again");
        return true;
    }

    private static CacheKey cacheKey(String image, ArchiveRequest request, JreInputs inputs) throws PackagingException {
        try {
            return CacheKey.of(image, request.architecture(), inputs);
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }

    private static Path staging(JreCache cache) throws PackagingException {
        try {
            return cache.newStagingDirectory();
        } catch (IOException e) {
            throw new PackagingException(Code.CACHE_UNUSABLE, "Cannot create a folder in the JRE cache " + cache.root() + ": "
                    + e.getMessage() + "; set the cache directory to a writable folder.", e);
        }
    }

    private static String describe(BuiltJre jre) {
        String cds = switch (jre.cds()) {
            case APPLICATION -> "application CDS archive";
            case DEFAULT -> "default CDS archive";
            case NONE -> "no CDS archive";
        };
        return "Java " + jre.javaFeature() + ", modules " + String.join(",", jre.modules()) + ", " + cds;
    }

    private ZipSummary writeZip(ArchiveRequest request, FunctionSpec function, List<JarInput> jars, String launcher,
            BuiltJre jre, PrecompressedTree jreFiles, List<ZipEntrySpec> extraFiles) throws PackagingException, IOException {
        List<ZipEntrySpec> entries = new ArrayList<>();
        String bootstrap = new BootstrapScript(function.name(), function.handler().trim(), launcher,
                jars.stream().map(JarInput::name).toList(), jre.cds(), jvmArguments(request), request.generator()).text();
        entries.add(ZipEntrySpec.file("bootstrap", bootstrap.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ZipEntrySpec.EXECUTABLE_MODE));
        for (JarInput jar : jars) {
            entries.add(ZipEntrySpec.file("lib/" + jar.name(), jar.file(), ZipEntrySpec.REGULAR_MODE));
        }
        entries.addAll(jreFiles.entries("jre/"));
        entries.addAll(extraFiles);
        Path zip = request.workDirectory().resolve(function.name() + ".zip");
        ZipSummary summary;
        try {
            summary = new ZipWriter(request.timestamp()).write(zip, entries);
        } catch (InvalidZipEntryException e) {
            throw new PackagingException(Code.INVALID_EXTRA_FILES, "Cannot lay out the zip of " + function.name() + ": "
                    + e.getMessage(), e);
        }
        if (summary.unzippedSize() > MAX_UNZIPPED_BYTES) {
            deleteQuietly(zip);
            throw new PackagingException(Code.ARCHIVE_TOO_LARGE, "Function " + function.name() + " unzips to "
                    + megabytes(summary.unzippedSize()) + ", over Lambda's limit of 250 MiB (" + megabytes(MAX_UNZIPPED_BYTES) + ")"
                    + ". The biggest parts: " + summary.parts().stream().limit(5)
                            .map(p -> p.name() + " " + megabytes(p.unzippedSize())).collect(Collectors.joining(", "))
                    + "; the biggest files: " + summary.largestFiles().stream().limit(5)
                            .map(p -> p.name() + " " + megabytes(p.unzippedSize())).collect(Collectors.joining(", "))
                    + ". Drop dependencies, extra files or modules you do not need.");
        }
        if (summary.zipSize() > DIRECT_UPLOAD_BYTES) {
            listener.warn("The zip of " + function.name() + " is " + megabytes(summary.zipSize()) + ", over the "
                    + megabytes(DIRECT_UPLOAD_BYTES) + " Lambda accepts as a direct upload; deploy it through S3.");
        }
        return summary;
    }

    /** The extra files' zip entries, checked: the folder exists and nothing in it clashes with the packager's own files. */
    private static List<ZipEntrySpec> extraFiles(ArchiveRequest request) throws PackagingException {
        if (request.extraFilesDirectory().isEmpty()) {
            return List.of();
        }
        Path directory = request.extraFilesDirectory().get();
        if (!Files.isDirectory(directory)) {
            throw new PackagingException(Code.INVALID_EXTRA_FILES, "The extra files directory " + directory
                    + " does not exist or is not a folder.");
        }
        List<ZipEntrySpec> extra;
        try {
            extra = FolderEntries.of(directory, "");
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the extra files in " + directory + ": " + e.getMessage(), e);
        }
        for (ZipEntrySpec entry : extra) {
            String top = entry.path().contains("/") ? entry.path().substring(0, entry.path().indexOf('/')) : entry.path();
            if (top.equals("bootstrap") || top.equals("lib") || top.equals("jre")) {
                throw new PackagingException(Code.INVALID_EXTRA_FILES, "The extra files include " + directory.resolve(top)
                        + ", which would replace the packager's own " + top + (top.equals("bootstrap") ? "" : "/")
                        + "; move it elsewhere in " + directory + " (bootstrap, lib/ and jre/ are written by the packager;"
                        + " JVM flags go in the jvmOptions setting).");
            }
        }
        return extra;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            listener.debug("could not delete " + file + ": " + e.getMessage());
        }
    }
}
