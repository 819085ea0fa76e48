package dev.lambdapackager.runtime.internal.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.LambdaLogger.Level;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** AWS_LAMBDA_LOG_LEVEL filters lines; AWS_LAMBDA_LOG_FORMAT=JSON makes each line a JSON object. */
class RuntimeLogTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void plainLinesCarryLevelAndRequestIdAndKeepAMultiLineMessageInOneLine() {
        RuntimeLog log = configured(null, null).forInvocation("req-1");

        log.log("first\nsecond");

        assertThat(output()).isEqualTo("[INFO] req-1 first\rsecond" + System.lineSeparator());
    }

    @Test
    void linesBelowTheLevelAreDropped() {
        RuntimeLog log = configured("warn", null);

        log.log(Level.INFO, "hidden");
        log.log(Level.ERROR, "shown");

        assertThat(output()).isEqualTo("[ERROR] shown" + System.lineSeparator());
        assertThat(log.isEnabled(Level.WARN)).isTrue();
        assertThat(log.isEnabled(Level.INFO)).isFalse();
    }

    @Test
    void jsonLinesHaveTimestampLevelMessageAndRequestId() {
        RuntimeLog log = configured("DEBUG", "JSON").forInvocation("req-2");

        log.log(Level.DEBUG, "a \"quoted\" word");

        assertThat(output())
                .matches("\\{\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\",\"level\":\"DEBUG\","
                        + "\"message\":\"a \\\\\"quoted\\\\\" word\",\"AWSRequestId\":\"req-2\"\\}\\R");
    }

    @Test
    void anUnknownLevelFallsBackToInfoAndSaysSo() {
        RuntimeLog log = configured("LOUD", null);

        log.log(Level.DEBUG, "hidden");

        assertThat(output())
                .startsWith("[WARN] AWS_LAMBDA_LOG_LEVEL is 'LOUD'; expected TRACE, DEBUG, INFO, WARN,"
                        + " ERROR or FATAL. Logging at INFO.")
                .doesNotContain("hidden");
    }

    private RuntimeLog configured(String level, String format) {
        return RuntimeLog.configured(new PrintStream(out, true, StandardCharsets.UTF_8), level, format);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
