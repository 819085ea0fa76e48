package dev.lambdapackager.runtime.handlers.aws;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Overloads of one name: AWS's runtime takes the longest, a trailing Context counting one more, so
 * {@code (String, Context)} wins over {@code (InputStream, OutputStream)} and {@code (String)}.
 */
public class Overloads {
    public String handle(String event) {
        return "one parameter";
    }

    public void handle(InputStream input, OutputStream output) {
        throw new AssertionError("the stream overload must not be chosen");
    }

    public String handle(String event, Context context) {
        return "with context for " + context.getAwsRequestId() + ": " + event;
    }

    /** Answers nothing: the response is {@code null}. */
    public void ignore(String event) {}
}
