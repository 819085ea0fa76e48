package dev.lambdapackager.runtime.internal.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Header fields of one HTTP message, looked up without regard to case. */
public final class HttpHeaders {

    private final Map<String, String> byLowerCaseName = new LinkedHashMap<>();

    /**
     * Adds a field; a repeated name keeps both values, comma-separated, as HTTP allows.
     *
     * @param name the field name
     * @param value the field value, trimmed
     */
    public void add(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        String previous = byLowerCaseName.get(key);
        byLowerCaseName.put(key, previous == null ? value : previous + ", " + value);
    }

    /**
     * @param name a field name, in any case
     * @return the value, or null when absent
     */
    public String get(String name) {
        return byLowerCaseName.get(name.toLowerCase(Locale.ROOT));
    }

    /** @return the fields, names in lower case, in arrival order */
    public Map<String, String> asMap() {
        return byLowerCaseName;
    }

    /** @return true when the body is sent in chunks */
    public boolean isChunked() {
        String encoding = get("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** @return true when the peer asked to close the connection after this message */
    public boolean isConnectionClose() {
        String connection = get("Connection");
        return connection != null && connection.equalsIgnoreCase("close");
    }
}
