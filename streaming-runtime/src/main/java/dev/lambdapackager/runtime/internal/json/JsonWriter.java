package dev.lambdapackager.runtime.internal.json;

import java.util.List;
import java.util.Map;

/**
 * Just enough JSON output for error reports and the HTTP integration prelude: strings, numbers, string maps
 * and string lists, appended to a {@link StringBuilder} without reflection.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private boolean needsComma;

    /** @param out where the JSON text goes */
    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    /** @return this, after an opening brace */
    public JsonWriter beginObject() {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    /** @return this, after a closing brace */
    public JsonWriter endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    /**
     * @param name a member name
     * @return this, ready for the member's value
     */
    public JsonWriter name(String name) {
        separate();
        appendQuoted(out, name);
        out.append(':');
        needsComma = false;
        return this;
    }

    /**
     * @param value a string, or null for JSON null
     * @return this
     */
    public JsonWriter value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            appendQuoted(out, value);
        }
        needsComma = true;
        return this;
    }

    /**
     * @param value a number
     * @return this
     */
    public JsonWriter value(long value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    /**
     * @param values strings, written as a JSON array
     * @return this
     */
    public JsonWriter value(List<String> values) {
        separate();
        out.append('[');
        needsComma = false;
        for (String value : values) {
            value(value);
        }
        out.append(']');
        needsComma = true;
        return this;
    }

    /**
     * @param members string (or string list) values by name, written as a JSON object
     * @return this
     */
    public JsonWriter value(Map<String, ?> members) {
        beginObject();
        for (Map.Entry<String, ?> member : members.entrySet()) {
            name(member.getKey());
            Object value = member.getValue();
            if (value instanceof List) {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) value;
                value(list);
            } else {
                value(value == null ? null : value.toString());
            }
        }
        return endObject();
    }

    /**
     * Appends a JSON string literal, escaping what JSON requires.
     *
     * @param out where to append
     * @param text the string's content
     */
    public static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
        }
    }
}
