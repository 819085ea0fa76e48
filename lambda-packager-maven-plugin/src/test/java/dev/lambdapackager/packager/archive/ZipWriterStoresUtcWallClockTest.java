package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.packager.model.InvalidOutputTimestampException;
import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every entry's DOS date and time show the timestamp's UTC wall clock, which is what unzip on Lambda (TZ=UTC) turns
 * back into the same instant, whatever the default time zone of the JVM that wrote the zip.
 */
class ZipWriterStoresUtcWallClockTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"})
    void dosFieldsShowTheUtcWallClock(String zone) throws Exception {
        OutputTimestamp timestamp = OutputTimestamp.of(
                OffsetDateTime.parse("2026-07-01T23:30:41+02:00").toInstant(),
                OutputTimestamp.Source.MAVEN_PROPERTY,
                "2026-07-01T23:30:41+02:00");
        Path zip = DefaultTimeZone.with(zone, () -> write(timestamp));

        LocalDateTime expected = LocalDateTime.of(2026, 7, 1, 21, 30, 40);
        assertThat(RawZip.entries(zip)).hasSize(2).allSatisfy(entry -> assertThat(entry.dosDateTime())
                .isEqualTo(expected));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("lib/a.jar").getTimeLocal()).isEqualTo(expected);
        }
    }

    @Test
    void timesBeyondCommonsCompressDosRangeStillGetNoExtraFields() throws Exception {
        Path zip = write(OutputTimestamp.of(Instant.parse("2107-12-31T23:59:59Z")));

        assertThat(RawZip.entries(zip)).allSatisfy(entry -> {
            assertThat(entry.dosDateTime()).isEqualTo(LocalDateTime.of(2107, 12, 31, 23, 59, 58));
            assertThat(entry.centralExtraLength()).isZero();
            assertThat(entry.localExtraLength()).isZero();
        });
    }

    @Test
    void wallClockSkippedByDaylightSavingIsRejectedWithAdvice() throws Exception {
        // Berlin skips 02:00-03:00 local time on 2026-03-29.
        OutputTimestamp timestamp = OutputTimestamp.of(Instant.parse("2026-03-29T02:30:00Z"));

        assertThatThrownBy(() -> DefaultTimeZone.with("Europe/Berlin", () -> write(timestamp)))
                .isInstanceOf(InvalidOutputTimestampException.class)
                .hasMessageContaining("project.build.outputTimestamp '2026-03-29T02:30:00Z'")
                .hasMessageContaining("Europe/Berlin")
                .hasMessageContaining("-Duser.timezone=UTC");
        assertThat(Files.exists(temp.resolve("out.zip"))).isFalse();
    }

    private Path write(OutputTimestamp timestamp) throws Exception {
        Path zip = temp.resolve("out.zip");
        new ZipWriter(timestamp).write(zip, List.of(ZipEntrySpec.file("lib/a.jar", new byte[] {42}, 0644)));
        return zip;
    }
}
