package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every value that cannot become a zip time is one MojoFailureException quoting it and naming the setting it came
 * from and the formats, whatever maven-archiver or java.time threw for it.
 */
class BuildTimestampRejectsInvalidValuesTest {

    private static final String FORMATS = "use seconds since the epoch (e.g. 1795651200) or an ISO-8601 date-time with"
            + " an offset (e.g. 2026-11-26T00:00:00Z), between 1980-01-01T00:00:02Z and 2107-12-31T23:59:59Z.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yesterday",
                "2026-11-26T00:00:00",
                "2026-11-26",
                "-5",
                "99999999999999999999999",
                "999999999999999999"
            })
    void unparseable(String value) {
        assertThatThrownBy(() -> BuildTimestamp.resolve(value, Map.of()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Invalid project.build.outputTimestamp '" + value + "': " + FORMATS);
    }

    @Test
    void before1980() {
        assertThatThrownBy(() -> BuildTimestamp.resolve("1980-01-01T00:00:01Z", Map.of()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Invalid project.build.outputTimestamp '1980-01-01T00:00:01Z'")
                .hasMessageContaining("between 1980-01-01T00:00:02Z and 2107-12-31T23:59:59Z");
        // One digit is a number to maven-archiver, not "unset": the epoch's first second.
        assertThatThrownBy(() -> BuildTimestamp.resolve("0", Map.of()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Invalid project.build.outputTimestamp '0' (1970-01-01T00:00:00Z)");
    }

    @Test
    void after2107() {
        assertThatThrownBy(() -> BuildTimestamp.resolve("2108-01-01T00:00:00Z", Map.of()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Invalid project.build.outputTimestamp '2108-01-01T00:00:00Z'");
    }

    @Test
    void badSourceDateEpochNamesTheVariable() {
        assertThatThrownBy(() -> BuildTimestamp.resolve(null, Map.of("SOURCE_DATE_EPOCH", "soon")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Invalid SOURCE_DATE_EPOCH 'soon': " + FORMATS);
        assertThatThrownBy(() -> BuildTimestamp.resolve("", Map.of("SOURCE_DATE_EPOCH", "12")))
                .hasMessageStartingWith("Invalid SOURCE_DATE_EPOCH '12' (1970-01-01T00:00:12Z)");
        assertThatThrownBy(() -> BuildTimestamp.resolve("", Map.of("SOURCE_DATE_EPOCH", "x")))
                .hasMessage("Invalid SOURCE_DATE_EPOCH 'x': " + FORMATS);
    }
}
