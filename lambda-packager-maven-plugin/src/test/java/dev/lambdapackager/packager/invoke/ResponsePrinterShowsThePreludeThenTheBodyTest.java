package dev.lambdapackager.packager.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A function URL response's prelude (JSON, then 8 NULs) is status and headers for the log, however the chunks cut
 * it; only what follows is body. Other responses are body from the first byte, NULs included.
 */
class ResponsePrinterShowsThePreludeThenTheBodyTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<String> log = new ArrayList<>();
    private final InvokeListener listener = new InvokeListener() {
        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void error(String message) {
            log.add("ERROR " + message);
        }

        @Override
        public void debug(String message) {}
    };

    @Test
    void thePreludeGoesToTheLogAcrossChunks() {
        ResponsePrinter printer = new ResponsePrinter(console, listener, System.nanoTime(), () -> {});
        printer.started(true, ResponsePrinter.HTTP_INTEGRATION_TYPE);
        String prelude = "{\"statusCode\":201,\"headers\":{\"Content-Type\":\"text/plain\"},\"multiValueHeaders\":{},"
                + "\"cookies\":[\"a=b\"]}";
        printer.chunk(prelude.substring(0, 20).getBytes(StandardCharsets.UTF_8));
        printer.chunk((prelude.substring(20) + "\0\0\0").getBytes(StandardCharsets.UTF_8));
        assertThat(console.size()).isZero();
        printer.chunk("\0\0\0\0\0created".getBytes(StandardCharsets.UTF_8));
        printer.chunk(" it".getBytes(StandardCharsets.UTF_8));
        printer.finish();
        assertThat(log).containsExactly("HTTP status 201", "Content-Type: text/plain", "Set-Cookie: a=b");
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("created it\n");
    }

    @Test
    void otherResponsesAreAllBody() {
        ResponsePrinter printer = new ResponsePrinter(console, listener, System.nanoTime(), () -> {});
        printer.started(true, "application/octet-stream");
        printer.chunk(new byte[] {'{', '}', 0, 0, 0, 0, 0, 0, 0, 0, '\n'});
        printer.finish();
        assertThat(console.toByteArray()).containsExactly('{', '}', 0, 0, 0, 0, 0, 0, 0, 0, '\n');
        assertThat(log).isEmpty();
    }
}
