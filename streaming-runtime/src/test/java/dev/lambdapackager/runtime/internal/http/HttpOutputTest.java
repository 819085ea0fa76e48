package dev.lambdapackager.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the HTTP writer puts on the wire is ASCII only: field values visible, path segments percent-encoded. */
class HttpOutputTest {

    @Test
    void fieldValuesKeepVisibleAsciiAndEncodeTheRestAsUtf8() throws Exception {
        assertThat(written(out -> out.writeFieldValue("com.example.Čudo"))).isEqualTo("com.example.%C4%8Cudo");
        assertThat(written(out -> out.writeFieldValue("a\r\nb\u0000c\u007fd"))).isEqualTo("a%0D%0Ab%00c%7Fd");
        assertThat(written(out -> out.writeFieldValue(" two words "))).isEqualTo("%20two words%20");
        assertThat(written(out -> out.writeFieldValue("emoji \uD83D\uDE00"))).isEqualTo("emoji %F0%9F%98%80");
        assertThat(written(out -> out.writeFieldValue("100%25 already")))
                .as("idempotent")
                .isEqualTo("100%25 already");
        assertThat(HttpOutput.fieldValue("com.example.Čudo")).isEqualTo("com.example.%C4%8Cudo");
        String plain = "java.lang.IllegalStateException";
        assertThat(HttpOutput.fieldValue(plain)).isSameAs(plain);
    }

    @Test
    void pathSegmentsKeepOnlyUnreservedCharacters() throws Exception {
        assertThat(written(out -> out.writePathSegment("8f2c-4e1a_x.y~z"))).isEqualTo("8f2c-4e1a_x.y~z");
        assertThat(written(out -> out.writePathSegment("abc?x=1 #2/%"))).isEqualTo("abc%3Fx%3D1%20%232%2F%25");
        assertThat(written(out -> out.writePathSegment("r\u00e9q")))
                .as("a byte read as ISO-8859-1 goes back as it came")
                .isEqualTo("r%E9q");
    }

    @Test
    void asciiTextNeverTurnsACharacterIntoAControlByte() throws Exception {
        assertThat(written(out -> out.writeAscii("x\u010Ay\u010Cz"))).isEqualTo("x?y?z");
    }

    @Test
    void trailerValuesAreEncodedToo() throws Exception {
        Map<String, String> trailers = new LinkedHashMap<>();
        trailers.put("Lambda-Runtime-Function-Error-Type", "Ċ");
        assertThat(written(out -> out.writeLastChunk(trailers)))
                .isEqualTo("0\r\nLambda-Runtime-Function-Error-Type: %C4%8A\r\n\r\n");
    }

    private interface Writes {
        void to(HttpOutput out) throws Exception;
    }

    private static String written(Writes writes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HttpOutput out = new HttpOutput(bytes);
        writes.to(out);
        out.flush();
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
