package dev.lambdapackager.runtime.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small JSON writer escapes what JSON requires and writes maps and lists of strings. */
class JsonWriterTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        StringBuilder out = new StringBuilder();
        JsonWriter.appendQuoted(out, "a\"b\\c\n\t\u0001é");

        assertThat(out).hasToString("\"a\\\"b\\\\c\\n\\t\\u0001é\"");
    }

    @Test
    void writesObjectsWithNumbersListsAndMaps() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("one", "1");
        members.put("many", List.of("x", "y"));
        StringBuilder out = new StringBuilder();
        new JsonWriter(out)
                .beginObject()
                .name("n")
                .value(7)
                .name("m")
                .value(members)
                .name("s")
                .value((String) null)
                .endObject();

        assertThat(out).hasToString("{\"n\":7,\"m\":{\"one\":\"1\",\"many\":[\"x\",\"y\"]},\"s\":null}");
    }
}
