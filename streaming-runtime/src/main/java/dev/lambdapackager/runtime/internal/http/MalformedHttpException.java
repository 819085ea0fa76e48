package dev.lambdapackager.runtime.internal.http;

import java.io.IOException;

/**
 * A message that breaks HTTP/1.1's syntax (a header field without a colon, a bad chunk size, a line too long
 * to hold), as opposed to a connection that failed: a server answers it with 400.
 */
public class MalformedHttpException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is malformed, with the offending text */
    public MalformedHttpException(String message) {
        super(message);
    }
}
