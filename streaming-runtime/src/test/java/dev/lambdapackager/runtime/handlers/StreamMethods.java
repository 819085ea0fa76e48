package dev.lambdapackager.runtime.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code Class::method} handlers over streams only: they need no AWS jar at all. */
public class StreamMethods {

    public static void copy(InputStream input, OutputStream output) throws IOException {
        output.write("copy:".getBytes(StandardCharsets.UTF_8));
        output.flush();
        input.transferTo(output);
    }

    /** Reads the event and writes nothing: the response is {@code null}. Its return value is ignored. */
    public int consume(InputStream input) throws IOException {
        return input.readAllBytes().length;
    }
}
