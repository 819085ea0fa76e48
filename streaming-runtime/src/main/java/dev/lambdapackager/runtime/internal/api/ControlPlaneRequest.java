package dev.lambdapackager.runtime.internal.api;

/**
 * The requests a runtime makes of the Lambda Runtime API, as data; {@link ControlPlaneRequestEncoder} turns
 * them into HTTP.
 */
public interface ControlPlaneRequest {

    /** {@code GET /runtime/invocation/next}: wait for the next invocation. */
    final class Next implements ControlPlaneRequest {
        /** The one instance: the request has no parameters. */
        public static final Next INSTANCE = new Next();

        private Next() {}
    }

    /** {@code POST /runtime/invocation/{id}/response}: the head of an invocation's response. */
    final class InvocationResponse implements ControlPlaneRequest {
        private final String requestId;
        private final long contentLength;
        private final String contentType;

        private InvocationResponse(String requestId, long contentLength, String contentType) {
            this.requestId = requestId;
            this.contentLength = contentLength;
            this.contentType = contentType;
        }

        /**
         * @param requestId the invocation's request id
         * @param contentLength the whole body's length
         * @return a response sent at once, with {@code Content-Length}
         */
        public static InvocationResponse buffered(String requestId, long contentLength) {
            return new InvocationResponse(requestId, contentLength, null);
        }

        /**
         * @param requestId the invocation's request id
         * @param contentType the body's media type
         * @return a response streamed in chunks, with error trailers announced
         */
        public static InvocationResponse streamed(String requestId, String contentType) {
            return new InvocationResponse(requestId, -1, contentType);
        }

        /** @return the invocation's request id */
        public String requestId() {
            return requestId;
        }

        /** @return true for a chunked, streamed response */
        public boolean isStreamed() {
            return contentLength < 0;
        }

        /** @return the body length of a buffered response */
        public long contentLength() {
            return contentLength;
        }

        /** @return the media type of a streamed response, or null */
        public String contentType() {
            return contentType;
        }
    }

    /** {@code POST /runtime/invocation/{id}/error}: the invocation failed before its response began. */
    final class InvocationError implements ControlPlaneRequest {
        private final String requestId;
        private final ErrorReport report;

        /**
         * @param requestId the invocation's request id
         * @param report what failed
         */
        public InvocationError(String requestId, ErrorReport report) {
            this.requestId = requestId;
            this.report = report;
        }

        /** @return the invocation's request id */
        public String requestId() {
            return requestId;
        }

        /** @return what failed */
        public ErrorReport report() {
            return report;
        }
    }

    /** {@code POST /runtime/init/error}: the function could not start. */
    final class InitError implements ControlPlaneRequest {
        private final ErrorReport report;

        /** @param report what failed; its error type is one of the {@code Runtime.*} init types */
        public InitError(ErrorReport report) {
            this.report = report;
        }

        /** @return what failed */
        public ErrorReport report() {
            return report;
        }
    }
}
