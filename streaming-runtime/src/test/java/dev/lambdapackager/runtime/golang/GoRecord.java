package dev.lambdapackager.runtime.golang;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One request as the Go Runtime API understood it (after Go's parsing and validation) and how it answered. */
public final class GoRecord {

    private final Map<String, Object> json;

    GoRecord(Map<String, Object> json) {
        this.json = json;
    }

    public String method() {
        return (String) json.get("method");
    }

    /** @return the request target exactly as sent, e.g. with percent-encoding */
    public String requestUri() {
        return (String) json.get("requestUri");
    }

    /** @return the path after Go decoded it */
    public String path() {
        return (String) json.get("path");
    }

    /** @return the request id Go read from the path, or null */
    public String requestId() {
        return (String) json.get("requestId");
    }

    /** @return which connection (0, 1, ...) the request came on */
    public int connection() {
        return Integer.parseInt((String) json.get("connection"));
    }

    /** @return the status the server answered */
    public int status() {
        return Integer.parseInt((String) json.get("status"));
    }

    /** @return a header field's value, name in any case, or null */
    public String header(String name) {
        return field("headers", name);
    }

    /** @return a trailer field's value, name in any case, or null */
    public String trailer(String name) {
        return field("trailers", name);
    }

    /** @return the trailer fields, names as Go canonicalised them */
    @SuppressWarnings("unchecked")
    public Map<String, String> trailers() {
        return new TreeMap<>((Map<String, String>) json.get("trailers"));
    }

    /** @return why Go could not read the body (e.g. a trailer section over its buffer), or null */
    public String bodyError() {
        return (String) json.get("bodyError");
    }

    public byte[] body() {
        Object body = json.get("body");
        return body == null ? new byte[0] : Base64.getDecoder().decode((String) body);
    }

    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private String field(String section, String name) {
        Map<String, String> fields = (Map<String, String>) json.get(section);
        if (fields == null) {
            return null;
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return field.getValue();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return method() + " " + requestUri() + " -> " + status()
                + (bodyError() == null ? "" : " (" + bodyError() + ")");
    }
}
