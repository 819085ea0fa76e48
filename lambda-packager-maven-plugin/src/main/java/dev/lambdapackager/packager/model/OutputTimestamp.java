package dev.lambdapackager.packager.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The one time stamped on every entry of a Lambda zip, so that the same inputs give the same bytes.
 *
 * <p>It comes from {@value #PROPERTY} as maven-archiver reads it (seconds since the epoch, or an ISO-8601 date-time
 * with an offset such as {@code 2026-11-26T00:00:00Z} or {@code 2026-11-26T01:00:00+01:00}); when that is not set,
 * from the {@value #ENVIRONMENT} environment variable (seconds since the epoch); when neither is set, from
 * {@link #FALLBACK}, so zips are reproducible even then ({@link #isFallback()} lets the caller say so).
 *
 * <p><b>Rounding.</b> {@link #instant()} is the value truncated to whole seconds and then down to an even second,
 * because zip (DOS) times have a two-second resolution. It is therefore exactly the modification time that
 * {@code unzip} gives each extracted file when it runs with {@code TZ=UTC}, as Lambda does (the zip writer stores the
 * UTC wall clock of this instant). Giving the jars in the builder container this same modification time makes the CDS
 * archive's class-path check, which compares jar modification times, pass on Lambda.
 */
public final class OutputTimestamp {

    /** The Maven property this is read from. */
    public static final String PROPERTY = "project.build.outputTimestamp";

    /** The environment variable used when {@value #PROPERTY} is not set. */
    public static final String ENVIRONMENT = "SOURCE_DATE_EPOCH";

    /**
     * The earliest accepted time, as in maven-archiver: zip tools write 1980-01-01T00:00:00, the first DOS time, for
     * any time before 1980, so the first time that means itself is two seconds later.
     */
    public static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:02Z");

    /** The latest accepted time: the DOS year field ends in 2107. */
    public static final Instant LATEST = Instant.parse("2107-12-31T23:59:59Z");

    /** The time used when neither {@value #PROPERTY} nor {@value #ENVIRONMENT} is set. */
    public static final Instant FALLBACK = EARLIEST;

    private static final String ISO_OR_EPOCH = "use seconds since the epoch (e.g. 1795651200) or an ISO-8601 date-time"
            + " with an offset (e.g. 2026-11-26T00:00:00Z)";

    private static final String EPOCH_ONLY = "use seconds since the epoch (e.g. 1795651200)";

    /** Where the time came from. */
    public enum Source {
        /** From {@value OutputTimestamp#PROPERTY}. */
        MAVEN_PROPERTY(PROPERTY),
        /** From {@value OutputTimestamp#ENVIRONMENT}. */
        SOURCE_DATE_EPOCH(ENVIRONMENT),
        /** Neither was set: {@link OutputTimestamp#FALLBACK}. */
        FALLBACK("the built-in fallback");

        private final String setting;

        Source(String setting) {
            this.setting = setting;
        }
    }

    private final Instant instant;
    private final Source source;
    private final String value;

    private OutputTimestamp(Instant instant, Source source, String value) {
        this.instant = evenSecond(instant);
        this.source = source;
        this.value = value;
    }

    /**
     * Reads the timestamp from the Maven property, else the environment, else the fallback.
     *
     * <p>A property value that is {@code null}, blank or a single character counts as not set: a single character is
     * Maven's way to switch an inherited value off.
     *
     * @param outputTimestamp the value of {@value #PROPERTY}, may be {@code null}
     * @param environment     the process environment (pass {@code System.getenv()}); only {@value #ENVIRONMENT} is
     *                        read, and an empty value counts as not set
     * @return the resolved timestamp
     * @throws InvalidOutputTimestampException if the value that applies cannot be parsed or lies outside
     *                                         {@link #EARLIEST}..{@link #LATEST}
     */
    public static OutputTimestamp resolve(String outputTimestamp, Map<String, String> environment) {
        String property = outputTimestamp == null ? "" : outputTimestamp.strip();
        if (property.length() > 1) {
            return new OutputTimestamp(parse(property, PROPERTY, true), Source.MAVEN_PROPERTY, property);
        }
        String epoch = environment.getOrDefault(ENVIRONMENT, "").strip();
        if (!epoch.isEmpty()) {
            return new OutputTimestamp(parse(epoch, ENVIRONMENT, false), Source.SOURCE_DATE_EPOCH, epoch);
        }
        return new OutputTimestamp(FALLBACK, Source.FALLBACK, FALLBACK.toString());
    }

    private static Instant parse(String value, String setting, boolean isoAllowed) {
        String advice = isoAllowed ? ISO_OR_EPOCH : EPOCH_ONLY;
        if (!isDigits(value) && !isoAllowed) {
            throw invalid(setting, value, advice);
        }
        Instant parsed;
        try {
            parsed = isDigits(value)
                    ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant();
        } catch (NumberFormatException | DateTimeException e) {
            throw invalid(setting, value, advice);
        }
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
            throw new InvalidOutputTimestampException(setting, value, "Invalid " + setting + " '" + value + "' ("
                    + parsed + "): zip entry times must lie between " + EARLIEST + " and " + LATEST + "; " + advice
                    + " in that range");
        }
        return parsed;
    }

    private static InvalidOutputTimestampException invalid(String setting, String value, String advice) {
        return new InvalidOutputTimestampException(setting, value, "Invalid " + setting + " '" + value + "': " + advice
                + ", between " + EARLIEST + " and " + LATEST);
    }

    private static boolean isDigits(String value) {
        return value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Drops fractions of a second, then one more second if odd: DOS times count in steps of two seconds. */
    private static Instant evenSecond(Instant instant) {
        long seconds = instant.getEpochSecond();
        return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, 2L));
    }

    /**
     * Returns the time to stamp, already rounded down to an even second (see the class description for why).
     *
     * @return the instant
     */
    public Instant instant() {
        return instant;
    }

    /**
     * Returns where the time came from.
     *
     * @return the source
     */
    public Source source() {
        return source;
    }

    /**
     * Tells whether neither {@value #PROPERTY} nor {@value #ENVIRONMENT} was set, so {@link #FALLBACK} is used; worth
     * a log line, since every build of the project then shows the same date.
     *
     * @return {@code true} when the fallback is used
     */
    public boolean isFallback() {
        return source == Source.FALLBACK;
    }

    /**
     * Returns the name of the setting the time came from, for messages: {@value #PROPERTY}, {@value #ENVIRONMENT}, or
     * "the built-in fallback".
     *
     * @return the setting's name
     */
    public String setting() {
        return source.setting;
    }

    /**
     * Returns the value as written in the setting (before rounding), for messages.
     *
     * @return the original value
     */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return instant + " (from " + setting() + ")";
    }
}
