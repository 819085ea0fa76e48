package dev.lambdapackager.packager.invoke;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the little JSON the invoke goal looks into (a function URL prelude, an error report) as maps, lists,
 * strings, numbers, booleans and null. Not a general parser: it trusts its input to be JSON and says so when not.
 */
final class SimpleJson {

    private final String text;
    private int at;

    private SimpleJson(String text) {
        this.text = text;
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} when it is not JSON. */
    static Object parse(String text) {
        SimpleJson json = new SimpleJson(text);
        Object value = json.value();
        json.space();
        if (json.at != text.length()) {
            throw new IllegalArgumentException("unexpected text after the JSON value at " + json.at);
        }
        return value;
    }

    /** Whether {@code text} parses. */
    static boolean isJson(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Object value() {
        space();
        if (at >= text.length()) {
            throw new IllegalArgumentException("unexpected end of JSON");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{': {
                at++;
                Map<String, Object> map = new LinkedHashMap<>();
                space();
                if (peek('}')) {
                    return map;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    map.put(key, value());
                    space();
                } while (peek(','));
                expect('}');
                return map;
            }
            case '[': {
                at++;
                List<Object> list = new ArrayList<>();
                space();
                if (peek(']')) {
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (peek(','));
                expect(']');
                return list;
            }
            case '"':
                return string();
            default:
                int start = at;
                while (at < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                String word = text.substring(start, at);
                switch (word) {
                    case "true":
                        return true;
                    case "false":
                        return false;
                    case "null":
                        return null;
                    default:
                        try {
                            return Double.parseDouble(word);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("not JSON: '" + word + "' at " + start);
                        }
                }
        }
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return s.toString();
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    break;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n':
                        s.append('\n');
                        break;
                    case 't':
                        s.append('\t');
                        break;
                    case 'r':
                        s.append('\r');
                        break;
                    case 'b':
                        s.append('\b');
                        break;
                    case 'f':
                        s.append('\f');
                        break;
                    case 'u':
                        if (at + 4 > text.length()) {
                            throw new IllegalArgumentException("bad escape at " + at);
                        }
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                        break;
                    default:
                        s.append(e);
                }
            } else {
                s.append(c);
            }
        }
        throw new IllegalArgumentException("unterminated string");
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean peek(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at);
        }
    }
}
