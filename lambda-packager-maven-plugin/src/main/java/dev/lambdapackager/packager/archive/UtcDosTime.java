package dev.lambdapackager.packager.archive;

import dev.lambdapackager.packager.model.InvalidOutputTimestampException;
import dev.lambdapackager.packager.model.OutputTimestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Makes a zip entry's DOS date and time fields show the UTC wall clock of the build timestamp, whatever the JVM's
 * default time zone.
 *
 * <p>DOS times carry no zone, and {@code unzip} reads them in its own zone: {@code TZ=UTC} on Lambda. Commons Compress
 * fills the fields with the wall clock of the entry's time in the JVM's default zone, so a build in Berlin would write
 * 01:00 for midnight UTC and the zip's bytes would depend on where it was built. Like plexus-archiver, we hand Commons
 * Compress the instant whose default-zone wall clock equals the UTC wall clock we want.
 */
final class UtcDosTime {

    private UtcDosTime() {}

    /**
     * Returns the epoch milliseconds to give {@code ZipArchiveEntry.setTime} so the written fields show the timestamp's
     * UTC wall clock.
     *
     * @throws InvalidOutputTimestampException if that wall clock does not exist in the default zone (it falls in a
     *                                         daylight-saving gap), so no instant can produce it
     */
    static long entryTime(OutputTimestamp timestamp) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime utcWallClock = LocalDateTime.ofInstant(timestamp.instant(), ZoneOffset.UTC);
        long millis = utcWallClock.atZone(zone).toInstant().toEpochMilli();
        // atZone moves a wall clock that falls in a gap forwards, so the round trip shows whether it exists.
        if (!LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone).equals(utcWallClock)) {
            throw new InvalidOutputTimestampException(
                    timestamp.setting(),
                    timestamp.value(),
                    "Cannot write "
                            + timestamp.setting() + " '" + timestamp.value() + "' as a zip time: its UTC wall clock "
                            + utcWallClock + " is skipped by a daylight-saving change in this JVM's time zone " + zone
                            + ", and the zip library writes times in that zone. Run Maven with -Duser.timezone=UTC"
                            + " (e.g. in MAVEN_OPTS) or choose a timestamp outside that gap.");
        }
        return millis;
    }
}
