package dev.lambdapackager.maven;

import dev.lambdapackager.packager.model.InvalidOutputTimestampException;
import dev.lambdapackager.packager.model.OutputTimestamp;
import dev.lambdapackager.packager.model.OutputTimestamp.Source;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.archiver.MavenArchiver;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Reads the zip entries' time as every Maven plugin reads it: {@code project.build.outputTimestamp} parsed by
 * maven-archiver's {@link MavenArchiver#parseBuildOutputTimestamp(String)} (seconds since the epoch, or an ISO-8601
 * date-time with an offset; one character that is not a digit means "not set", Maven's way to switch off an
 * inherited value), else {@code SOURCE_DATE_EPOCH}, else the core's fallback. Every bad value, including one outside
 * the zip time range, is a {@link MojoFailureException} naming where it came from.
 */
final class BuildTimestamp {

    private static final String FORMATS = "use seconds since the epoch (e.g. 1795651200) or an ISO-8601 date-time with"
            + " an offset (e.g. 2026-11-26T00:00:00Z), between " + OutputTimestamp.EARLIEST + " and "
            + OutputTimestamp.LATEST;

    private BuildTimestamp() {}

    /**
     * @param property    the value of {@code project.build.outputTimestamp}, may be {@code null}
     * @param environment the process environment; only {@code SOURCE_DATE_EPOCH} is read, blank counts as not set
     */
    static OutputTimestamp resolve(String property, Map<String, String> environment) throws MojoFailureException {
        String value = property == null ? null : property.strip();
        if (value != null && !isUnset(value)) {
            return parse(value, Source.MAVEN_PROPERTY);
        }
        String epoch = environment.get(OutputTimestamp.ENVIRONMENT);
        if (epoch != null && !epoch.isBlank()) {
            return parse(epoch.strip(), Source.SOURCE_DATE_EPOCH);
        }
        return OutputTimestamp.fallback();
    }

    /** maven-archiver's rule: empty, or a single character that is not a digit. */
    private static boolean isUnset(String value) {
        return value.isEmpty() || (value.length() == 1 && !Character.isDigit(value.charAt(0)));
    }

    private static OutputTimestamp parse(String value, Source source) throws MojoFailureException {
        String setting = source == Source.MAVEN_PROPERTY ? OutputTimestamp.PROPERTY : OutputTimestamp.ENVIRONMENT;
        // Checked here because maven-archiver, handed a value that means "not set", reads the real environment.
        if (isUnset(value)) {
            throw invalid(setting, value);
        }
        Optional<Instant> instant;
        try {
            instant = MavenArchiver.parseBuildOutputTimestamp(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            // NumberFormatException (too many digits) is an IllegalArgumentException; DateTimeException is an epoch
            // beyond Instant's range.
            throw invalid(setting, value);
        }
        if (instant.isEmpty()) {
            throw invalid(setting, value);
        }
        try {
            return OutputTimestamp.of(instant.get(), source, value);
        } catch (InvalidOutputTimestampException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    private static MojoFailureException invalid(String setting, String value) {
        return new MojoFailureException("Invalid " + setting + " '" + value + "': " + FORMATS + ".");
    }
}
