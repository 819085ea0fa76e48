package dev.lambdapackager.packager.model;

import java.util.List;
import java.util.Objects;

/**
 * Why packaging failed. The message says what failed and what to do, quoting the bad value, in terms of
 * {@link ArchiveRequest}'s settings; the {@link Code} lets a front end (the Maven mojo) add where that
 * setting lives (POM element, property) without parsing the message.
 */
public class PackagingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure this is, and which of {@link ArchiveRequest}'s settings it is about. */
    public enum Code {
        /** No function was given. */
        NO_FUNCTION("functions", "handler"),
        /** A function name does not match {@code [A-Za-z0-9_-]{1,64}}. */
        INVALID_FUNCTION_NAME("functions"),
        /** Two functions have the same name. */
        DUPLICATE_FUNCTION_NAME("functions"),
        /** A handler is not a class name, or is in none of the function's jars. */
        HANDLER_NOT_FOUND("functions", "handler"),
        /** A handler class cannot be a handler: not public, abstract, no public no-arg constructor, no handler interface or method. */
        HANDLER_INVALID("functions", "handler"),
        /** What the handler's form needs at start (aws-lambda-java-core, the serialization library) is in none of the jars. */
        HANDLER_DEPENDENCY_MISSING(),
        /** An additional module name is not a module name. */
        INVALID_MODULE_NAME("additionalModules"),
        /** The JVM options cannot be split into arguments (a quote not closed), or the function's JVM refuses one. */
        INVALID_JVM_OPTIONS("jvmOptions"),
        /** A module to exclude is not a module name, or is also an additional module. */
        INVALID_EXCLUDE_MODULES("excludeModules"),
        /** The function could not start in the training start: the runtime's own loading error, or a missing JDK module. */
        FUNCTION_CANNOT_START("functions", "handler"),
        /** The function needs a class of a JDK module that is not linked. */
        MODULE_MISSING("additionalModules", "excludeModules"),
        /** The handler's own constructor or static initializer threw during the training start. */
        FUNCTION_INIT_FAILED("initFailure"),
        /** The build timeout is not positive. */
        INVALID_BUILD_TIMEOUT("buildTimeout"),
        /** The training events folder is missing or cannot be read. */
        INVALID_TRAINING_EVENTS("trainingEvents"),
        /** The training timeout is not positive. */
        INVALID_TRAINING_TIMEOUT("trainingTimeout"),
        /** The extra files folder is missing, or its content clashes with what the packager writes. */
        INVALID_EXTRA_FILES("extraFilesDirectory"),
        /** The JRE cache folder cannot be used. */
        CACHE_UNUSABLE("cacheDirectory"),
        /** The streaming runtime jar is not among the function's runtime dependencies. */
        RUNTIME_JAR_MISSING(),
        /** The function's own jar, or a dependency's, is not a built jar. */
        FUNCTION_JAR_MISSING(),
        /** No container engine answered. */
        ENGINE_UNREACHABLE(),
        /** The builder image is not in the engine and may not be pulled. */
        IMAGE_MISSING("builderImage", "pullPolicy"),
        /** Pulling the builder image failed. */
        IMAGE_PULL_FAILED("builderImage", "pullPolicy"),
        /** The builder image is for another architecture. */
        IMAGE_WRONG_ARCHITECTURE("builderImage", "architecture"),
        /** The engine refused an operation on the builder container. */
        CONTAINER_FAILED("builderImage"),
        /** The build script in the container exited with a non-zero code. */
        BUILD_SCRIPT_FAILED("builderImage", "additionalModules"),
        /** The build script ran longer than allowed. */
        BUILD_TIMEOUT("buildTimeout"),
        /** The unzipped function exceeds Lambda's limit. */
        ARCHIVE_TOO_LARGE("additionalModules", "extraFilesDirectory"),
        /** The container returned an archive entry that would land outside its folder. */
        UNSAFE_ARCHIVE_ENTRY("builderImage"),
        /** Reading or writing local files failed. */
        IO_FAILURE(),
        /** The build was interrupted (Ctrl-C). */
        INTERRUPTED();

        // List.of(...) below: unmodifiable, though the checker only sees the List interface.
        @SuppressWarnings("ImmutableEnumChecker")
        private final List<String> settings;

        Code(String... settings) {
            this.settings = List.of(settings);
        }

        /** The {@link ArchiveRequest} settings to look at for this failure (their builder methods' names). */
        public List<String> settings() {
            return settings;
        }
    }

    private final Code code;

    public PackagingException(Code code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public PackagingException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The kind of failure. */
    public Code code() {
        return code;
    }
}
