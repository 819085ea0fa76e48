package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** project.build.outputTimestamp is read by maven-archiver: epoch seconds or ISO-8601 with an offset. */
class BuildTimestampParsesMavenFormatsTest {

    private static final Instant NOV_26 = Instant.parse("2026-11-26T00:00:00Z");
    private static final Map<String, String> ENVIRONMENT = Map.of("SOURCE_DATE_EPOCH", "500000000");

    @Test
    void epochSeconds() throws Exception {
        OutputTimestamp timestamp = BuildTimestamp.resolve("1795651200", ENVIRONMENT);

        assertThat(timestamp.instant()).isEqualTo(NOV_26);
        assertThat(timestamp.source()).isEqualTo(OutputTimestamp.Source.MAVEN_PROPERTY);
        assertThat(timestamp.setting()).isEqualTo("project.build.outputTimestamp");
        assertThat(timestamp.isFallback()).isFalse();
    }

    @Test
    void isoInstantInUtc() throws Exception {
        assertThat(BuildTimestamp.resolve("2026-11-26T00:00:00Z", ENVIRONMENT).instant())
                .isEqualTo(NOV_26);
    }

    @Test
    void isoWithOffset() throws Exception {
        assertThat(BuildTimestamp.resolve("2026-11-26T01:00:00+01:00", ENVIRONMENT)
                        .instant())
                .isEqualTo(NOV_26);
        assertThat(BuildTimestamp.resolve("2026-11-25T19:00:00-05:00", ENVIRONMENT)
                        .instant())
                .isEqualTo(NOV_26);
    }

    @Test
    void oddSecondsAndFractionsRoundDownToAnEvenSecond() throws Exception {
        assertThat(BuildTimestamp.resolve("2026-11-26T00:00:03.999Z", ENVIRONMENT)
                        .instant())
                .isEqualTo(Instant.parse("2026-11-26T00:00:02Z"));
    }

    @Test
    void surroundingWhitespaceIsIgnored() throws Exception {
        assertThat(BuildTimestamp.resolve(" 2026-11-26T00:00:00Z\n", ENVIRONMENT)
                        .value())
                .isEqualTo("2026-11-26T00:00:00Z");
    }
}
