package dev.lambdapackager.packager.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The one time stamped on every entry of a Lambda zip, so that the same inputs give the same bytes.
 *
 * <p>The front end reads it ({@value #PROPERTY}, else the {@value #ENVIRONMENT} environment variable, parsed by
 * maven-archiver's rules in the Maven plugin) and hands over the {@link Instant}; when neither is set it uses
 * {@link #fallback()}, so zips are reproducible even then ({@link #isFallback()} lets the caller say so). This class
 * only checks that the time fits a zip entry, and keeps where it came from for messages.
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
     * The earliest accepted time, as in maven-archiver before 3.6.3: zip tools write 1980-01-01T00:00:00, the first
     * DOS time, for any time before 1980, so the first time that means itself is two seconds later.
     */
    public static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:02Z");

    /** The latest accepted time: the DOS year field ends in 2107. */
    public static final Instant LATEST = Instant.parse("2107-12-31T23:59:59Z");

    /** The time used when neither {@value #PROPERTY} nor {@value #ENVIRONMENT} is set. */
    public static final Instant FALLBACK = EARLIEST;

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
     * The time given by a setting.
     *
     * @param instant the parsed time
     * @param source  where it came from ({@link Source#MAVEN_PROPERTY} or {@link Source#SOURCE_DATE_EPOCH})
     * @param value   the value as the user wrote it, for messages
     * @return the timestamp
     * @throws InvalidOutputTimestampException if the time lies outside {@link #EARLIEST}..{@link #LATEST}, the range
     *                                         of zip (DOS) times
     */
    public static OutputTimestamp of(Instant instant, Source source, String value) {
        Objects.requireNonNull(instant, "instant");
        if (source == Source.FALLBACK) {
            throw new IllegalArgumentException("use fallback() for the fallback");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidOutputTimestampException(
                    source.setting,
                    value,
                    "Invalid " + source.setting + " '" + value
                            + "' (" + instant + "): zip entry times must lie between " + EARLIEST + " and " + LATEST
                            + "; use a time in that range, as seconds since the epoch (e.g. 1795651200) or an ISO-8601"
                            + " date-time with an offset (e.g. 2026-11-26T00:00:00Z)");
        }
        return new OutputTimestamp(instant, source, value);
    }

    /**
     * The time given by {@value #PROPERTY}, with the instant's ISO-8601 form as the value; for tests and callers
     * that have no written value.
     *
     * @param instant the time
     * @return the timestamp
     * @throws InvalidOutputTimestampException as {@link #of(Instant, Source, String)}
     */
    public static OutputTimestamp of(Instant instant) {
        return of(instant, Source.MAVEN_PROPERTY, instant.toString());
    }

    /**
     * The time used when neither {@value #PROPERTY} nor {@value #ENVIRONMENT} is set: {@link #FALLBACK}.
     *
     * @return the fallback timestamp
     */
    public static OutputTimestamp fallback() {
        return new OutputTimestamp(FALLBACK, Source.FALLBACK, FALLBACK.toString());
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
