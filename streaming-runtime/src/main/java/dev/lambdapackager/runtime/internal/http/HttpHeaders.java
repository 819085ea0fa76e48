package dev.lambdapackager.runtime.internal.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Header fields of one HTTP message, looked up without regard to case. Kept as two small arrays searched
 * linearly: a message has a handful of fields, and this runs on every invocation, where allocation counts
 * (it is resident memory until the first garbage collection).
 */
public final class HttpHeaders {

    private String[] names = new String[8];
    private String[] values = new String[8];
    private int size;

    /**
     * Adds a field; a repeated name keeps both values, comma-separated, as HTTP allows.
     *
     * @param name the field name
     * @param value the field value, trimmed
     */
    public void add(String name, String value) {
        int index = indexOf(name);
        if (index >= 0) {
            values[index] = values[index] + ", " + value;
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    /**
     * @param name a field name, in any case
     * @return the value, or null when absent
     */
    public String get(String name) {
        int index = indexOf(name);
        return index < 0 ? null : values[index];
    }

    /** @return the fields, names in lower case, in arrival order */
    public Map<String, String> asMap() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            fields.put(names[i].toLowerCase(Locale.ROOT), values[i]);
        }
        return fields;
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

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
