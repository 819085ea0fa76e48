package dev.lambdapackager.packager.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The instant is rounded down to an even second, the time unzip will give the files (DOS times count in twos). */
class OutputTimestampRoundsToEvenSecondTest {

    @Test
    void oddSecondsRoundDown() {
        assertThat(OutputTimestamp.resolve("1795651201", Map.of()).instant())
                .isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(OutputTimestamp.resolve("2026-11-26T00:00:59+00:00", Map.of()).instant())
                .isEqualTo(Instant.parse("2026-11-26T00:00:58Z"));
    }

    @Test
    void fractionsAreDropped() {
        assertThat(OutputTimestamp.resolve("2026-11-26T00:00:03.999Z", Map.of()).instant())
                .isEqualTo(Instant.parse("2026-11-26T00:00:02Z"));
    }

    @Test
    void evenSecondsAndTheOriginalValueAreKept() {
        OutputTimestamp timestamp = OutputTimestamp.resolve("2026-11-26T00:00:04Z", Map.of());

        assertThat(timestamp.instant()).isEqualTo(Instant.parse("2026-11-26T00:00:04Z"));
        assertThat(timestamp.value()).isEqualTo("2026-11-26T00:00:04Z");
    }
}
