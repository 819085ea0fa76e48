package dev.lambdapackager.packager.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The instant is rounded down to an even second, the time unzip will give the files (DOS times count in twos), and
 * must lie in the range of DOS times.
 */
class OutputTimestampRoundsToEvenSecondTest {

    @Test
    void oddSecondsRoundDown() {
        assertThat(OutputTimestamp.of(Instant.ofEpochSecond(1795651201)).instant())
                .isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(OutputTimestamp.of(Instant.parse("2026-11-26T00:00:59Z")).instant())
                .isEqualTo(Instant.parse("2026-11-26T00:00:58Z"));
    }

    @Test
    void fractionsAreDropped() {
        assertThat(OutputTimestamp.of(Instant.parse("2026-11-26T00:00:03.999Z")).instant())
                .isEqualTo(Instant.parse("2026-11-26T00:00:02Z"));
    }

    @Test
    void evenSecondsAndTheOriginalValueAreKept() {
        OutputTimestamp timestamp = OutputTimestamp.of(
                Instant.parse("2026-11-26T00:00:04Z"), OutputTimestamp.Source.MAVEN_PROPERTY, "1795651204");

        assertThat(timestamp.instant()).isEqualTo(Instant.parse("2026-11-26T00:00:04Z"));
        assertThat(timestamp.value()).isEqualTo("1795651204");
    }

    @Test
    void timesOutsideTheDosRangeAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> OutputTimestamp.of(
                        Instant.parse("1980-01-01T00:00:00Z"), OutputTimestamp.Source.SOURCE_DATE_EPOCH, "315532800"))
                .isInstanceOf(InvalidOutputTimestampException.class)
                .hasMessageStartingWith("Invalid SOURCE_DATE_EPOCH '315532800' (1980-01-01T00:00:00Z): zip entry times"
                        + " must lie between 1980-01-01T00:00:02Z and 2107-12-31T23:59:59Z");
        assertThatThrownBy(() -> OutputTimestamp.of(Instant.parse("2108-01-01T00:00:00Z")))
                .isInstanceOf(InvalidOutputTimestampException.class);
    }
}
