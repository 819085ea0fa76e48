package dev.lambdapackager.packager.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Values that cannot become a zip time are refused with a message quoting them, naming the setting and the format. */
class OutputTimestampRejectsInvalidValuesTest {

    @Test
    void garbage() {
        assertThatThrownBy(() -> OutputTimestamp.resolve("yesterday", Map.of()))
                .isInstanceOf(InvalidOutputTimestampException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid project.build.outputTimestamp 'yesterday': use seconds since the"
                        + " epoch (e.g. 1795651200) or an ISO-8601 date-time with an offset (e.g. 2026-11-26T00:00:00Z)");
    }

    @Test
    void dateWithoutOffset() {
        assertThatThrownBy(() -> OutputTimestamp.resolve("2026-11-26T00:00:00", Map.of()))
                .hasMessageContaining("'2026-11-26T00:00:00'")
                .hasMessageContaining("with an offset");
    }

    @Test
    void before1980() {
        assertThatThrownBy(() -> OutputTimestamp.resolve("1980-01-01T00:00:01Z", Map.of()))
                .isInstanceOf(InvalidOutputTimestampException.class)
                .hasMessageContaining("project.build.outputTimestamp '1980-01-01T00:00:01Z'")
                .hasMessageContaining("between 1980-01-01T00:00:02Z and 2107-12-31T23:59:59Z");
        assertThatThrownBy(() -> OutputTimestamp.resolve("86400", Map.of()))
                .hasMessageContaining("'86400' (1970-01-02T00:00:00Z)");
    }

    @Test
    void after2107() {
        assertThatThrownBy(() -> OutputTimestamp.resolve("2108-01-01T00:00:00Z", Map.of()))
                .isInstanceOf(InvalidOutputTimestampException.class)
                .hasMessageContaining("project.build.outputTimestamp '2108-01-01T00:00:00Z'")
                .hasMessageContaining("2107-12-31T23:59:59Z");
        assertThatThrownBy(() -> OutputTimestamp.resolve("99999999999999999999999", Map.of()))
                .hasMessageContaining("'99999999999999999999999'");
    }

    @Test
    void badSourceDateEpochNamesTheVariable() {
        assertThatThrownBy(() -> OutputTimestamp.resolve(null, Map.of("SOURCE_DATE_EPOCH", "2026-11-26T00:00:00Z")))
                .isInstanceOf(InvalidOutputTimestampException.class)
                .hasMessageStartingWith("Invalid SOURCE_DATE_EPOCH '2026-11-26T00:00:00Z': use seconds since the epoch");
        assertThatThrownBy(() -> OutputTimestamp.resolve("", Map.of("SOURCE_DATE_EPOCH", "12")))
                .hasMessageContaining("SOURCE_DATE_EPOCH '12'");
    }
}
