package dev.lambdapackager.packager.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Dlambda.event} takes inline JSON or a file (relative to the project); empty means {@code {}}; anything
 * else is one message naming what was looked for.
 */
class EventSourceReadsJsonOrAFileTest {

    @TempDir
    Path project;

    @Test
    void inlineJsonIsTheEvent() throws Exception {
        assertThat(text(EventSource.read(" {\"order\": 42} ", project))).isEqualTo("{\"order\": 42}");
        assertThat(text(EventSource.read("\"just a string\"", project))).isEqualTo("\"just a string\"");
        assertThat(text(EventSource.read("", project))).isEqualTo("{}");
        assertThat(text(EventSource.read(null, project))).isEqualTo("{}");
    }

    @Test
    void aFileIsReadAsItIs() throws Exception {
        Files.createDirectories(project.resolve("events"));
        Files.writeString(project.resolve("events/order.json"), "{\n  \"order\": 7\n}\n");
        assertThat(text(EventSource.read("events/order.json", project))).isEqualTo("{\n  \"order\": 7\n}\n");
    }

    @Test
    void neitherJsonNorAFileIsRefused() {
        assertThatThrownBy(() -> EventSource.read("events/missing.json", project))
                .isInstanceOf(InvokeException.class)
                .hasMessageContaining("The event 'events/missing.json' is neither JSON nor a file (looked for "
                        + project.resolve("events/missing.json") + ")")
                .extracting(e -> ((InvokeException) e).code())
                .isEqualTo(InvokeException.Code.INVALID_EVENT);
        assertThatThrownBy(() -> EventSource.read("{\"order\": }", project))
                .isInstanceOf(InvokeException.class)
                .hasMessageContaining("is not valid JSON");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
