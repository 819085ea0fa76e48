package dev.lambdapackager.runtime.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small JSON reader reads what the client context and identity headers contain, and rejects non-JSON. */
class JsonReaderTest {

    @Test
    void readsNestedObjectsArraysStringsAndLiterals() {
        Object value = JsonReader.parse(" {\"a\": {\"b\": [1, \"two\\n\\u0041\", true, null]}, \"c\": -2.5e3} ");

        assertThat(value)
                .isEqualTo(Map.of("a", Map.of("b", java.util.Arrays.asList("1", "two\nA", true, null)), "c", "-2.5e3"));
    }

    @Test
    void readsEmptyContainers() {
        assertThat(JsonReader.parse("{}")).isEqualTo(Map.of());
        assertThat(JsonReader.parse("[]")).isEqualTo(List.of());
    }

    @Test
    void rejectsTrailingText() {
        assertThatThrownBy(() -> JsonReader.parse("{} x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not valid JSON at index 3: unexpected text after the value");
    }

    @Test
    void rejectsAnUnterminatedObject() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected end");
    }
}
