package dev.lambdapackager.maven;

import dev.lambdapackager.packager.Packager;
import dev.lambdapackager.packager.cache.CacheSize;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.InitFailure;
import dev.lambdapackager.packager.model.InvalidOutputTimestampException;
import dev.lambdapackager.packager.model.OutputTimestamp;
import dev.lambdapackager.packager.model.PackagedFunction;
import dev.lambdapackager.packager.model.PackagingException;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packages the project's functions as Lambda zips for the OS-only runtime ({@code provided.al2023}):
 * {@code bootstrap}, the function's jars in {@code lib/}, and a JRE trimmed by jdeps and jlink, with a CDS
 * archive, built in a builder container of the target architecture. Writes each function's zip as
 * {@code NAME/NAME.zip} in {@code outputDirectory}, NAME being the function's name.
 *
 * @since 0.1.0
 */
@Mojo(
        name = "archive",
        defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class ArchiveMojo extends AbstractLambdaMojo {

    /** The builder image used when none is configured: Amazon Linux 2023 with Corretto 25's JDK and jmods. */
    public static final String DEFAULT_BUILDER_IMAGE = "public.ecr.aws/amazoncorretto/amazoncorretto:25-al2023-jdk";

    /**
     * Name of the single function packaged when {@code functions} is empty.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FUNCTION_NAME, defaultValue = "${project.artifactId}")
    private String functionName;

    /**
     * Lambda architecture to build for: {@code arm64} (Graviton) or {@code x86_64}. The builder container runs on
     * this architecture (emulated where the engine's host differs).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ARCHITECTURE, defaultValue = "arm64")
    private String architecture;

    /**
     * Image the JRE is built in: a Linux JDK image (jdeps, jlink, jmods, {@code JAVA_HOME} set) for the target
     * architecture. Its JDK's feature version is the function's Java version.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUILDER_IMAGE, defaultValue = DEFAULT_BUILDER_IMAGE)
    private String builderImage;

    /**
     * When to pull the builder image: {@code ifNotPresent} (also when only another architecture is present),
     * {@code always}, or {@code never}. In offline mode ({@code mvn -o}) the image is never pulled.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PULL_POLICY, defaultValue = "ifNotPresent")
    private String pullPolicy;

    /**
     * Extra JVM flags written into {@code bootstrap}, after the defaults (so they win), e.g. {@code -Xss512k}. Each
     * value is split into arguments as a shell would ({@code -Xss512k -Dgreeting='hello world'} is two; quotes and
     * backslashes work as in sh, nothing is expanded). The training start in the builder container runs with them,
     * so a flag the function's JVM refuses fails the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.JVM_OPTIONS)
    private List<String> jvmOptions;

    /**
     * JDK modules to link beyond those jdeps finds, e.g. {@code jdk.crypto.ec} for TLS with EC keys, or modules
     * reached only through reflection or service loading.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ADDITIONAL_MODULES)
    private List<String> additionalModules;

    /**
     * JDK modules jdeps found that are not to be linked, e.g. {@code java.desktop}, which jackson-databind pulls in
     * for {@code java.beans} but does not need at run time. The training start then proves that the function still
     * starts without them. Empty by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.EXCLUDE_MODULES)
    private List<String> excludeModules;

    /**
     * What an exception thrown by the handler's own constructor or static initializer during the training start
     * does: {@code fail} the build (default), or {@code warn} and package anyway. The builder container has no
     * network and no AWS credentials, so a handler that calls AWS while it is created fails there; {@code warn}
     * accepts that (its CDS archive then covers the classes loaded until the failure). The runtime's own loading
     * errors (class not found, invalid handler, a missing class or JDK module) always fail.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.INIT_FAILURE, defaultValue = "fail")
    private String initFailure;

    /**
     * Whether to make a class-data-sharing archive (from a training start of each handler, run in the builder
     * container up to its first request) for a faster cold start.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CDS, defaultValue = "true")
    private boolean cds;

    /**
     * Whether to remove the native symbol tables ({@code .symtab}) from the JRE's libraries, as {@code strip} would:
     * about 1.3 MB less to download at each cold start. The dynamic symbols the JVM needs stay; only crash logs and
     * native profilers lose the names of non-exported functions.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STRIP_NATIVE_SYMBOLS, defaultValue = "true")
    private boolean stripNativeSymbols;

    /**
     * Folder whose files are copied to the zip's root, keeping executables executable. Used when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.EXTRA_FILES_DIRECTORY, defaultValue = "${project.basedir}/src/main/lambda")
    private File extraFilesDirectory;

    /**
     * Whether to attach each zip to the project (type {@code zip}, classifier = function name), so that
     * {@code install} and {@code deploy} publish it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ATTACH, defaultValue = "true")
    private boolean attach;

    /**
     * Where built JREs are kept between builds. A build whose inputs (image, architecture, jars, settings) match
     * a cached JRE starts no container and needs no Docker engine.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = PropertyNames.CACHE_DIRECTORY,
            defaultValue = "${settings.localRepository}/.cache/lambda-packager")
    private File cacheDirectory;

    /**
     * Whether a cached JRE may be used; {@code false} rebuilds it (and refreshes the cache).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.USE_CACHE, defaultValue = "true")
    private boolean useCache;

    /**
     * The most the cache folder may hold. After each build stores something, the entries used longest ago are
     * evicted until the rest fit; an entry a running build uses is never evicted. A number of bytes or a number with
     * a binary unit: {@code 2GB}, {@code 500MB}, {@code 1.5G} (1 KB = 1024 bytes). The default keeps about 30 JREs
     * of ~63 MB: the variants one developer switches between, without growing without end.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CACHE_MAX_SIZE, defaultValue = CacheSize.DEFAULT)
    private String cacheMaxSize;

    /**
     * Seconds the build in the container may take before it is stopped. Emulated arm64 builds take about five
     * times longer than native ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUILD_TIMEOUT, defaultValue = "900")
    private int buildTimeout;

    /**
     * Folder of training events: JSON files ({@code *.json}, one event each) sent in the order of their names to the
     * function's handler during the training start in the builder container, so that the class data (AOT cache or
     * CDS archive) also covers the handler's first invocations. Where several functions need different events, give
     * each a subfolder named after the function ({@code FOLDER/NAME/*.json}, NAME being the function's name); a
     * function without one gets the files directly in the folder. Training runs the handler's code in the container, without network;
     * responses are dropped, handler errors are logged and do not fail the build. Used when it exists; without
     * events the training start ends at the first request for an invocation.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TRAINING_EVENTS, defaultValue = "${project.basedir}/src/main/lambda-training")
    private File trainingEvents;

    /**
     * Seconds one training event may take; an event still running then ends its training start (the class data
     * keeps what was loaded until then).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TRAINING_TIMEOUT, defaultValue = "10")
    private int trainingTimeout;

    /**
     * The time stamped on every zip entry, read as maven-archiver reads it: seconds since the epoch or an ISO-8601
     * date-time with an offset; when not set, {@code SOURCE_DATE_EPOCH}, else 1980-01-01T00:00:02Z.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final MavenProjectHelper projectHelper;

    @Inject
    public ArchiveMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("Lambda packaging")) {
            return;
        }
        ArchiveRequest request = request();
        List<PackagedFunction> zips;
        try {
            zips = new Packager(new MavenLogListener(getLog())).pack(request);
        } catch (InvalidOutputTimestampException e) {
            // The zip writer found that the time cannot be written in this JVM's time zone.
            throw new MojoFailureException(e.getMessage());
        } catch (PackagingException e) {
            // The message says it all; the cause's class and trace are for -X, not for every reader.
            getLog().debug(e);
            boolean singleFunction = functions().isEmpty();
            String message = FailureMessages.of(e, singleFunction);
            if (singleFunction
                    && e.code() == PackagingException.Code.INVALID_FUNCTION_NAME
                    && functionName.equals(project().getArtifactId())) {
                message += "\nThe name is the artifactId, the default of " + FailureMessages.element("functionName")
                        + ": set <functionName> to a valid name.";
            }
            throw new MojoExecutionException(message);
        }
        getLog().info(zips.size() + (zips.size() == 1 ? " archive" : " archives") + " created:");
        Path base = project().getBasedir().toPath();
        for (PackagedFunction zip : zips) {
            getLog().info(String.format(
                    Locale.ROOT,
                    "  %s (%.1f MB; %.1f MB unzipped)",
                    base.relativize(zip.zip()),
                    zip.zipSize() / 1_000_000.0,
                    zip.unzippedSize() / 1_000_000.0));
            if (attach) {
                projectHelper.attachArtifact(
                        project(), "zip", zip.name(), zip.zip().toFile());
            }
        }
    }

    private ArchiveRequest request() throws MojoExecutionException, MojoFailureException {
        ArchiveRequest.Builder request = ArchiveRequest.builder();
        for (FunctionSpec function : functionSpecs()) {
            request.function(function);
        }
        try {
            request.architecture(Architecture.parse(architecture));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Invalid " + FailureMessages.element("architecture") + ": " + e.getMessage());
        }
        try {
            request.initFailure(InitFailure.parse(initFailure));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Invalid " + FailureMessages.element("initFailure") + ": " + e.getMessage());
        }
        request.pullPolicy(PullPolicySetting.resolve(pullPolicy, session()));
        if (builderImage == null || builderImage.isBlank()) {
            throw new MojoExecutionException(FailureMessages.element("builderImage")
                    + " is empty; name a JDK image, e.g. " + DEFAULT_BUILDER_IMAGE);
        }
        CacheSize maxCacheSize;
        try {
            maxCacheSize = CacheSize.parse(cacheMaxSize);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Invalid " + FailureMessages.element("cacheMaxSize") + ": " + e.getMessage());
        }
        OutputTimestamp timestamp = BuildTimestamp.resolve(outputTimestamp, System.getenv());
        if (timestamp.isFallback()) {
            getLog().info("Zip entries are dated " + timestamp.instant()
                    + ": set project.build.outputTimestamp to date them");
        }
        Path target = Path.of(project().getBuild().getDirectory());
        Path extraFiles = extraFilesDirectory == null ? null : extraFilesDirectory.toPath();
        if (extraFiles != null
                && !extraFiles.toFile().exists()
                && extraFiles.equals(project().getBasedir().toPath().resolve("src/main/lambda"))) {
            extraFiles = null; // the default folder is optional
        }
        Path events = trainingEvents == null ? null : trainingEvents.toPath();
        if (events != null
                && !events.toFile().exists()
                && events.equals(project().getBasedir().toPath().resolve("src/main/lambda-training"))) {
            events = null; // the default folder is optional
        }
        return request.builderImage(builderImage.trim())
                .classpath(classpath())
                .outputDirectory(outputDirectory().toPath())
                .workDirectory(target.resolve("lambda-packager/work"))
                .jvmOptions(nonBlank(jvmOptions))
                .additionalModules(nonBlank(additionalModules))
                .excludeModules(nonBlank(excludeModules))
                .cds(cds)
                .stripNativeSymbols(stripNativeSymbols)
                .extraFilesDirectory(extraFiles)
                .timestamp(timestamp)
                .cacheDirectory(cacheDirectory.toPath())
                .useCache(useCache)
                .cacheMaxSize(maxCacheSize.bytes())
                .buildTimeout(Duration.ofSeconds(buildTimeout))
                .trainingEventsDirectory(events)
                .trainingTimeout(Duration.ofSeconds(trainingTimeout))
                .generator(plugin.getArtifactId() + " " + plugin.getVersion())
                .runtimeVersion(plugin.getVersion())
                .build();
    }

    private List<FunctionSpec> functionSpecs() throws MojoExecutionException {
        List<FunctionSpec> specs = new ArrayList<>();
        List<Function> functions = functions();
        String handler = handler();
        if (functions.isEmpty()) {
            if (handler == null || handler.isBlank()) {
                throw new MojoExecutionException(
                        "No handler class configured: set " + FailureMessages.element("handler") + " or list "
                                + FailureMessages.element("functions") + ".");
            }
            specs.add(new FunctionSpec(functionName, handler.trim()));
            return specs;
        }
        for (int i = 0; i < functions.size(); i++) {
            Function f = functions.get(i);
            if (f.getName() == null
                    || f.getName().isBlank()
                    || f.getHandler() == null
                    || f.getHandler().isBlank()) {
                throw new MojoExecutionException("Function " + (i + 1) + " of " + FailureMessages.element("functions")
                        + " needs both a <name> and a <handler>.");
            }
            specs.add(new FunctionSpec(f.getName().trim(), f.getHandler().trim()));
        }
        return specs;
    }

    /**
     * The project's jar (or, when the goal runs without the package phase, its classes folder, which the packager
     * packs), then its compile and runtime dependencies in Maven's order (reactor siblings may be classes folders).
     */
    private List<ClasspathEntry> classpath() throws MojoExecutionException {
        List<ClasspathEntry> entries = new ArrayList<>();
        Artifact main = project().getArtifact();
        if (main.getFile() != null) {
            entries.add(entry(main));
        } else {
            File classes = new File(project().getBuild().getOutputDirectory());
            if (!classes.isDirectory()) {
                throw new MojoExecutionException(
                        "Project " + project().getArtifactId() + " has no jar and no classes yet: run"
                                + " the package phase first (`mvn package`, or `mvn package lambda:archive`).");
            }
            entries.add(new ClasspathEntry(
                    classes.toPath(),
                    main.getGroupId(),
                    main.getArtifactId(),
                    main.getBaseVersion(),
                    main.getClassifier()));
        }
        for (Artifact dependency : project().getArtifacts()) {
            if (dependency.getArtifactHandler().isAddedToClasspath()
                    && (Artifact.SCOPE_COMPILE.equals(dependency.getScope())
                            || Artifact.SCOPE_RUNTIME.equals(dependency.getScope()))) {
                entries.add(entry(dependency));
            }
        }
        return entries;
    }

    private static ClasspathEntry entry(Artifact artifact) {
        return new ClasspathEntry(
                artifact.getFile().toPath(),
                artifact.getGroupId(),
                artifact.getArtifactId(),
                artifact.getBaseVersion(),
                artifact.getClassifier());
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::trim)
                        .toList();
    }
}
