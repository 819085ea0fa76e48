package dev.lambdapackager.runtime.internal.http;

/** A body longer than the reader's limit, found before more than the limit was read: a server answers 413. */
public final class BodyTooLargeException extends MalformedHttpException {

    private static final long serialVersionUID = 1L;

    /** @param limit the most bytes allowed */
    public BodyTooLargeException(long limit) {
        super("body larger than " + limit + " bytes");
    }
}
