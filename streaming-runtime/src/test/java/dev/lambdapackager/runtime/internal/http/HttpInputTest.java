package dev.lambdapackager.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTTP reader copes with messages however the network slices them, and rejects broken framing. */
class HttpInputTest {

    private static final String MESSAGE = "HTTP/1.1 200 OK\r\nContent-Type :  text/plain \r\nX-Empty:\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n"
            + "3;ext=1\r\none\r\n5\r\nthree\r\n0\r\nLambda-Runtime-Function-Error-Type: E\r\n\r\n"
            + "NEXT\n";

    @Test
    void readsAMessageDeliveredOneByteAtATime() throws Exception {
        HttpInput in = new HttpInput(new OneByteAtATime(MESSAGE));

        assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
        HttpHeaders headers = in.readHeaders();
        assertThat(headers.get("content-type")).isEqualTo("text/plain");
        assertThat(headers.get("X-EMPTY")).isEmpty();
        assertThat(headers.isChunked()).isTrue();
        List<String> chunks = new ArrayList<>();
        HttpHeaders trailers =
                in.readChunked((data, length) -> chunks.add(new String(data, 0, length, StandardCharsets.ISO_8859_1)));
        assertThat(chunks).containsExactly("one", "three");
        assertThat(trailers.get("Lambda-Runtime-Function-Error-Type")).isEqualTo("E");
        assertThat(in.readLine()).as("a bare LF also ends a line").isEqualTo("NEXT");
        assertThat(in.readLine()).as("end of stream between messages").isNull();
    }

    @Test
    void readsAFixedLengthBodyAndCombinesRepeatedHeaders() throws Exception {
        HttpInput in = new HttpInput(new OneByteAtATime("Content-Length: 4\r\nVia: a\r\nvia: b\r\n\r\nbody"));

        HttpHeaders headers = in.readHeaders();

        assertThat(headers.get("Via")).isEqualTo("a, b");
        assertThat(new String(in.readBody(headers), StandardCharsets.ISO_8859_1))
                .isEqualTo("body");
    }

    @Test
    void aStreamEndingInsideALineIsAnError() {
        HttpInput in = new HttpInput(new ByteArrayInputStream("HTTP/1.1 2".getBytes(StandardCharsets.ISO_8859_1)));

        assertThatThrownBy(in::readLine).isInstanceOf(EOFException.class);
    }

    @Test
    void aLineLongerThanTheBufferIsAnError() {
        HttpInput in = new HttpInput(new ByteArrayInputStream(new byte[20_000]));

        assertThatThrownBy(in::readLine)
                .isInstanceOf(IOException.class)
                .hasMessage("HTTP line longer than 16384 bytes");
    }

    @Test
    void aBadChunkSizeIsAnError() {
        HttpInput in = new HttpInput(new OneByteAtATime("zz\r\n"));

        assertThatThrownBy(() -> in.readChunked((data, length) -> {})).hasMessage("bad chunk size line: zz");
    }

    @Test
    void aHeaderWithoutAColonIsAnError() {
        HttpInput in = new HttpInput(new OneByteAtATime("no colon here\r\n\r\n"));

        assertThatThrownBy(in::readHeaders).hasMessage("malformed header field: no colon here");
    }

    /** Hands out one byte per read, as a slow network might. */
    private static final class OneByteAtATime extends InputStream {
        private final byte[] bytes;
        private int next;

        OneByteAtATime(String text) {
            bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (next == bytes.length) {
                return -1;
            }
            target[offset] = bytes[next++];
            return 1;
        }
    }
}
