package dev.lambdapackager.packager;

import java.util.Objects;

/**
 * Why packaging failed. The message says what failed and what to do, quoting the bad value, in terms of
 * {@link ArchiveRequest}'s settings; the {@link Code} lets a front end (the Maven mojo) add where that
 * setting lives (POM element, property) without parsing the message.
 */
public class PackagingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure this is. */
    public enum Code {
        /** A setting has a value that cannot be used. */
        INVALID_CONFIGURATION,
        /** A function name does not match {@code [A-Za-z0-9_-]{1,64}}. */
        INVALID_FUNCTION_NAME,
        /** Two functions have the same name. */
        DUPLICATE_FUNCTION_NAME,
        /** A handler class is in none of the function's jars. */
        HANDLER_NOT_FOUND,
        /** The streaming runtime jar is not among the function's runtime dependencies. */
        RUNTIME_JAR_MISSING,
        /** The function's own jar has not been built. */
        FUNCTION_JAR_MISSING,
        /** No container engine answered. */
        ENGINE_UNREACHABLE,
        /** The builder image is not in the engine and may not be pulled. */
        IMAGE_MISSING,
        /** Pulling the builder image failed. */
        IMAGE_PULL_FAILED,
        /** The builder image is for another architecture. */
        IMAGE_WRONG_ARCHITECTURE,
        /** The engine refused an operation on the builder container. */
        CONTAINER_FAILED,
        /** The build script in the container exited with a non-zero code. */
        BUILD_SCRIPT_FAILED,
        /** The build script ran longer than allowed. */
        BUILD_TIMEOUT,
        /** The unzipped function exceeds Lambda's limit. */
        ARCHIVE_TOO_LARGE,
        /** The container returned an archive entry that would land outside its folder. */
        UNSAFE_ARCHIVE_ENTRY,
        /** Reading or writing local files failed. */
        IO_FAILURE,
        /** The build was interrupted (Ctrl-C). */
        INTERRUPTED
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
