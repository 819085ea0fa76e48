package dev.lambdapackager.maven;

/**
 * Every user property the plugin reads, in one place. Each is {@code lambda.} followed by the name of the
 * {@code <configuration>} element it sets, so one can always be found from the other.
 */
public final class PropertyNames {

    /** Prefix of all properties. */
    public static final String PREFIX = "lambda.";

    public static final String SKIP = "lambda.skip";
    public static final String HANDLER = "lambda.handler";
    public static final String FUNCTION_NAME = "lambda.functionName";
    public static final String ARCHITECTURE = "lambda.architecture";
    public static final String BUILDER_IMAGE = "lambda.builderImage";
    public static final String PULL_POLICY = "lambda.pullPolicy";
    public static final String OUTPUT_DIRECTORY = "lambda.outputDirectory";
    public static final String JVM_OPTIONS = "lambda.jvmOptions";
    public static final String ADDITIONAL_MODULES = "lambda.additionalModules";
    public static final String EXCLUDE_MODULES = "lambda.excludeModules";
    public static final String INIT_FAILURE = "lambda.initFailure";
    public static final String CDS = "lambda.cds";
    public static final String STRIP_NATIVE_SYMBOLS = "lambda.stripNativeSymbols";
    public static final String EXTRA_FILES_DIRECTORY = "lambda.extraFilesDirectory";
    public static final String ATTACH = "lambda.attach";
    public static final String CACHE_DIRECTORY = "lambda.cacheDirectory";
    public static final String USE_CACHE = "lambda.useCache";
    public static final String CACHE_MAX_SIZE = "lambda.cacheMaxSize";
    public static final String BUILD_TIMEOUT = "lambda.buildTimeout";
    public static final String TRAINING_EVENTS = "lambda.trainingEvents";
    public static final String TRAINING_TIMEOUT = "lambda.trainingTimeout";
    public static final String FUNCTION = "lambda.function";
    public static final String INVOKE_IMAGE = "lambda.invokeImage";
    public static final String MEMORY_SIZE = "lambda.memorySize";
    public static final String TIMEOUT = "lambda.timeout";
    public static final String EVENT = "lambda.event";
    public static final String INVOCATIONS = "lambda.invocations";
    public static final String FAIL_ON_ERROR = "lambda.failOnError";

    private PropertyNames() {}

    /** The property of a configuration element ({@code builderImage} → {@code lambda.builderImage}). */
    public static String of(String element) {
        return PREFIX + element;
    }
}
