package dev.lambdapackager.packager.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one packaging run needs, fixed before it starts. Built by a front end (the Maven mojo) and
 * handed to {@link Packager}; holds no build-tool types.
 */
public final class ArchiveRequest {

    private final List<FunctionSpec> functions;
    private final List<ClasspathEntry> classpath;
    private final Architecture architecture;
    private final String builderImage;
    private final PullPolicy pullPolicy;
    private final Path outputDirectory;
    private final Path workDirectory;
    private final List<String> jvmOptions;
    private final List<String> additionalModules;
    private final List<String> excludeModules;
    private final InitFailure initFailure;
    private final boolean cds;
    private final boolean stripNativeSymbols;
    private final Path extraFilesDirectory;
    private final OutputTimestamp timestamp;
    private final Path cacheDirectory;
    private final boolean useCache;
    private final long cacheMaxSize;
    private final Duration buildTimeout;
    private final Path trainingEventsDirectory;
    private final Duration trainingTimeout;
    private final String generator;
    private final String runtimeVersion;

    private ArchiveRequest(Builder b) {
        this.functions = List.copyOf(b.functions);
        this.classpath = List.copyOf(b.classpath);
        this.architecture = Objects.requireNonNull(b.architecture, "architecture");
        this.builderImage = Objects.requireNonNull(b.builderImage, "builderImage");
        this.pullPolicy = Objects.requireNonNull(b.pullPolicy, "pullPolicy");
        this.outputDirectory = Objects.requireNonNull(b.outputDirectory, "outputDirectory");
        this.workDirectory = Objects.requireNonNull(b.workDirectory, "workDirectory");
        this.jvmOptions = List.copyOf(b.jvmOptions);
        this.additionalModules = List.copyOf(b.additionalModules);
        this.excludeModules = List.copyOf(b.excludeModules);
        this.initFailure = Objects.requireNonNull(b.initFailure, "initFailure");
        this.cds = b.cds;
        this.stripNativeSymbols = b.stripNativeSymbols;
        this.extraFilesDirectory = b.extraFilesDirectory;
        this.timestamp = Objects.requireNonNull(b.timestamp, "timestamp");
        this.cacheDirectory = Objects.requireNonNull(b.cacheDirectory, "cacheDirectory");
        this.useCache = b.useCache;
        if (b.cacheMaxSize <= 0) {
            throw new IllegalArgumentException("cacheMaxSize must be positive, not " + b.cacheMaxSize);
        }
        this.cacheMaxSize = b.cacheMaxSize;
        this.buildTimeout = Objects.requireNonNull(b.buildTimeout, "buildTimeout");
        this.trainingEventsDirectory = b.trainingEventsDirectory;
        this.trainingTimeout = Objects.requireNonNull(b.trainingTimeout, "trainingTimeout");
        this.generator = Objects.requireNonNull(b.generator, "generator");
        this.runtimeVersion = Objects.requireNonNull(b.runtimeVersion, "runtimeVersion");
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The functions to package, each into its own zip. */
    public List<FunctionSpec> functions() {
        return functions;
    }

    /** The runtime class path in order: the function's own jar first, then its runtime dependencies. */
    public List<ClasspathEntry> classpath() {
        return classpath;
    }

    /** The Lambda architecture to build for. */
    public Architecture architecture() {
        return architecture;
    }

    /** The builder image's name. */
    public String builderImage() {
        return builderImage;
    }

    /** When to pull the builder image. */
    public PullPolicy pullPolicy() {
        return pullPolicy;
    }

    /** Where {@code <Function>/<Function>.zip} go. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** Scratch space for zips being written (same file system as the outputs). */
    public Path workDirectory() {
        return workDirectory;
    }

    /** Extra JVM flags for {@code bootstrap}, after the defaults. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Modules to link beyond what jdeps finds. */
    public List<String> additionalModules() {
        return additionalModules;
    }

    /**
     * The JVM options as the JVM gets them: each value split as a shell would ({@link JvmOptions}).
     *
     * @throws IllegalArgumentException when a quote is not closed (the request check reports it first)
     */
    public List<String> jvmArguments() {
        return JvmOptions.split(jvmOptions);
    }

    /** Modules jdeps found that are not linked. */
    public List<String> excludeModules() {
        return excludeModules;
    }

    /** What an exception from the handler's own constructor or static initializer at the training start does. */
    public InitFailure initFailure() {
        return initFailure;
    }

    /** Whether to make a CDS archive. */
    public boolean cds() {
        return cds;
    }

    /** Whether to remove the native symbol tables ({@code .symtab}) of the JRE's libraries. */
    public boolean stripNativeSymbols() {
        return stripNativeSymbols;
    }

    /** A folder whose files are copied to the zip's root, if any. */
    public Optional<Path> extraFilesDirectory() {
        return Optional.ofNullable(extraFilesDirectory);
    }

    /** The time every zip entry gets. */
    public OutputTimestamp timestamp() {
        return timestamp;
    }

    /** Where built JREs are kept between builds. */
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    /** Whether a cached JRE may be used (a fresh build is stored either way). */
    public boolean useCache() {
        return useCache;
    }

    /** The most the cache folder may hold, in bytes; the entries used longest ago are evicted beyond it. */
    public long cacheMaxSize() {
        return cacheMaxSize;
    }

    /** How long the build script may run. */
    public Duration buildTimeout() {
        return buildTimeout;
    }

    /**
     * The folder of training events ({@code *.json}, one event per file), if any: {@code <folder>/<FunctionName>/}
     * for a function with a subfolder of its own, otherwise the files directly in the folder (see
     * {@link TrainingEvents}).
     */
    public Optional<Path> trainingEventsDirectory() {
        return Optional.ofNullable(trainingEventsDirectory);
    }

    /** How long one training event may take before its training start is stopped. */
    public Duration trainingTimeout() {
        return trainingTimeout;
    }

    /** Who is packaging, for the bootstrap's header (e.g. {@code lambda-packager-maven-plugin 0.1.0}). */
    public String generator() {
        return generator;
    }

    /** The streaming runtime version to suggest when it is missing. */
    public String runtimeVersion() {
        return runtimeVersion;
    }

    /** Collects the settings; {@link #build()} checks the required ones. */
    public static final class Builder {
        private final List<FunctionSpec> functions = new ArrayList<>();
        private final List<ClasspathEntry> classpath = new ArrayList<>();
        private Architecture architecture = Architecture.ARM64;
        private String builderImage;
        private PullPolicy pullPolicy = PullPolicy.IF_NOT_PRESENT;
        private Path outputDirectory;
        private Path workDirectory;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> additionalModules = new ArrayList<>();
        private final List<String> excludeModules = new ArrayList<>();
        private InitFailure initFailure = InitFailure.FAIL;
        private boolean cds = true;
        private boolean stripNativeSymbols = true;
        private Path extraFilesDirectory;
        private OutputTimestamp timestamp;
        private Path cacheDirectory;
        private boolean useCache = true;
        private long cacheMaxSize = 2L << 30;
        private Duration buildTimeout = Duration.ofMinutes(15);
        private Path trainingEventsDirectory;
        private Duration trainingTimeout = Duration.ofSeconds(10);
        private String generator = "lambda-packager";
        private String runtimeVersion;

        private Builder() {}

        public Builder function(FunctionSpec function) {
            functions.add(function);
            return this;
        }

        public Builder classpath(List<ClasspathEntry> entries) {
            classpath.addAll(entries);
            return this;
        }

        public Builder architecture(Architecture value) {
            architecture = value;
            return this;
        }

        public Builder builderImage(String value) {
            builderImage = value;
            return this;
        }

        public Builder pullPolicy(PullPolicy value) {
            pullPolicy = value;
            return this;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        public Builder workDirectory(Path value) {
            workDirectory = value;
            return this;
        }

        public Builder jvmOptions(List<String> values) {
            jvmOptions.addAll(values);
            return this;
        }

        public Builder additionalModules(List<String> values) {
            additionalModules.addAll(values);
            return this;
        }

        public Builder excludeModules(List<String> values) {
            excludeModules.addAll(values);
            return this;
        }

        public Builder initFailure(InitFailure value) {
            initFailure = value;
            return this;
        }

        public Builder cds(boolean value) {
            cds = value;
            return this;
        }

        public Builder stripNativeSymbols(boolean value) {
            stripNativeSymbols = value;
            return this;
        }

        public Builder extraFilesDirectory(Path value) {
            extraFilesDirectory = value;
            return this;
        }

        public Builder timestamp(OutputTimestamp value) {
            timestamp = value;
            return this;
        }

        public Builder cacheDirectory(Path value) {
            cacheDirectory = value;
            return this;
        }

        public Builder useCache(boolean value) {
            useCache = value;
            return this;
        }

        /** The cache's limit in bytes (default 2 GiB). */
        public Builder cacheMaxSize(long bytes) {
            cacheMaxSize = bytes;
            return this;
        }

        public Builder buildTimeout(Duration value) {
            buildTimeout = value;
            return this;
        }

        public Builder trainingEventsDirectory(Path value) {
            trainingEventsDirectory = value;
            return this;
        }

        public Builder trainingTimeout(Duration value) {
            trainingTimeout = value;
            return this;
        }

        public Builder generator(String value) {
            generator = value;
            return this;
        }

        public Builder runtimeVersion(String value) {
            runtimeVersion = value;
            return this;
        }

        public ArchiveRequest build() {
            return new ArchiveRequest(this);
        }
    }
}
