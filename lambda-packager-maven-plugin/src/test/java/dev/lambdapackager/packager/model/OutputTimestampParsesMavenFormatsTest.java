package dev.lambdapackager.packager.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** project.build.outputTimestamp is read as maven-archiver reads it: epoch seconds or ISO-8601 with an offset. */
class OutputTimestampParsesMavenFormatsTest {

    private static final Instant NOV_26 = Instant.parse("2026-11-26T00:00:00Z");
    private static final Map<String, String> ENVIRONMENT = Map.of("SOURCE_DATE_EPOCH", "500000000");

    @Test
    void epochSeconds() {
        OutputTimestamp timestamp = OutputTimestamp.resolve("1795651200", ENVIRONMENT);

        assertThat(timestamp.instant()).isEqualTo(NOV_26);
        assertThat(timestamp.source()).isEqualTo(OutputTimestamp.Source.MAVEN_PROPERTY);
        assertThat(timestamp.setting()).isEqualTo("project.build.outputTimestamp");
        assertThat(timestamp.isFallback()).isFalse();
    }

    @Test
    void isoInstantInUtc() {
        assertThat(OutputTimestamp.resolve("2026-11-26T00:00:00Z", ENVIRONMENT).instant()).isEqualTo(NOV_26);
    }

    @Test
    void isoWithOffset() {
        assertThat(OutputTimestamp.resolve("2026-11-26T01:00:00+01:00", ENVIRONMENT).instant()).isEqualTo(NOV_26);
        assertThat(OutputTimestamp.resolve("2026-11-25T19:00:00-05:00", ENVIRONMENT).instant()).isEqualTo(NOV_26);
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(OutputTimestamp.resolve(" 2026-11-26T00:00:00Z\n", ENVIRONMENT).value())
                .isEqualTo("2026-11-26T00:00:00Z");
    }
}
