package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An unset property (null, empty, or one character that is not a digit: Maven's "switched off") falls back to
 * SOURCE_DATE_EPOCH (read with the same rules), and without that to a fixed 1980 time, so zips are reproducible
 * either way.
 */
class BuildTimestampFallsBackTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "a", "-"})
    void unsetPropertyUsesSourceDateEpoch(String property) throws Exception {
        OutputTimestamp timestamp = BuildTimestamp.resolve(property, Map.of("SOURCE_DATE_EPOCH", "1795651200"));

        assertThat(timestamp.instant()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(timestamp.source()).isEqualTo(OutputTimestamp.Source.SOURCE_DATE_EPOCH);
        assertThat(timestamp.setting()).isEqualTo("SOURCE_DATE_EPOCH");
        assertThat(timestamp.isFallback()).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "a"})
    void neitherSetUsesTheFixedFallbackAndSaysSo(String property) throws Exception {
        OutputTimestamp timestamp = BuildTimestamp.resolve(property, Map.of("SOURCE_DATE_EPOCH", " "));

        assertThat(timestamp.instant()).isEqualTo(Instant.parse("1980-01-01T00:00:02Z"));
        assertThat(timestamp.source()).isEqualTo(OutputTimestamp.Source.FALLBACK);
        assertThat(timestamp.isFallback()).isTrue();
    }
}
