package dev.lambdapackager.runtime.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.internal.http.HttpOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each control-plane request becomes exactly the HTTP the Runtime API documents. */
class ControlPlaneRequestEncoderTest {

    private final ControlPlaneRequestEncoder encoder = new ControlPlaneRequestEncoder("127.0.0.1:9001");

    @Test
    void next() throws Exception {
        assertThat(encode(ControlPlaneRequest.Next.INSTANCE))
                .isEqualTo("GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: 127.0.0.1:9001\r\n\r\n");
    }

    @Test
    void bufferedResponseHead() throws Exception {
        assertThat(encode(ControlPlaneRequest.InvocationResponse.buffered("id-1", 42)))
                .isEqualTo("POST /2018-06-01/runtime/invocation/id-1/response HTTP/1.1\r\nHost: 127.0.0.1:9001\r\n"
                        + "Content-Length: 42\r\n\r\n");
    }

    @Test
    void streamedResponseHead() throws Exception {
        assertThat(encode(ControlPlaneRequest.InvocationResponse.streamed("id-1", "text/plain")))
                .isEqualTo("POST /2018-06-01/runtime/invocation/id-1/response HTTP/1.1\r\nHost: 127.0.0.1:9001\r\n"
                        + "Lambda-Runtime-Function-Response-Mode: streaming\r\n"
                        + "Transfer-Encoding: chunked\r\n"
                        + "Trailer: Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body\r\n"
                        + "Content-Type: text/plain\r\n\r\n");
    }

    @Test
    void invocationErrorWithItsBody() throws Exception {
        ErrorReport report = ErrorReport.of("Function.Boom", "it broke", null);

        assertThat(encode(new ControlPlaneRequest.InvocationError("id-1", report)))
                .isEqualTo("POST /2018-06-01/runtime/invocation/id-1/error HTTP/1.1\r\nHost: 127.0.0.1:9001\r\n"
                        + "Lambda-Runtime-Function-Error-Type: Function.Boom\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 71\r\n\r\n"
                        + "{\"errorMessage\":\"it broke\",\"errorType\":\"Function.Boom\",\"stackTrace\":[]}");
    }

    @Test
    void initErrorWithItsBody() throws Exception {
        ErrorReport report = ErrorReport.of("Runtime.ClassNotFound", "no class", null);

        assertThat(encode(new ControlPlaneRequest.InitError(report)))
                .isEqualTo("POST /2018-06-01/runtime/init/error HTTP/1.1\r\nHost: 127.0.0.1:9001\r\n"
                        + "Lambda-Runtime-Function-Error-Type: Runtime.ClassNotFound\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 79\r\n\r\n"
                        + "{\"errorMessage\":\"no class\",\"errorType\":\"Runtime.ClassNotFound\",\"stackTrace\":[]}");
    }

    private String encode(ControlPlaneRequest request) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HttpOutput out = new HttpOutput(bytes);
        encoder.encode(request, out);
        out.flush();
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
