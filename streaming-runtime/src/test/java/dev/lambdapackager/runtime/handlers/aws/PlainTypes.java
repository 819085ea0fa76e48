package dev.lambdapackager.runtime.handlers.aws;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code Class::method} handlers over plain JSON types: strings, numbers, maps, lists, nothing. */
public class PlainTypes {

    /** Greets; some names make it throw, to compare how failures are reported. */
    public static String greet(String name) throws IOException {
        switch (name == null ? "" : name) {
            case "checked":
                throw new IOException("disk full");
            case "no message":
                throw new IllegalStateException();
            case "with cause":
                throw new UncheckedIOException("could not save", new IOException("disk full"));
            case "error":
                throw new AssertionError("invariant broken");
            default:
                return "Hello, " + name;
        }
    }

    public int square(int number) {
        return number * number;
    }

    public Map<String, Object> describe(Map<String, Object> event, Context context) {
        Map<String, Object> description = new TreeMap<>(event);
        description.put("keys", new ArrayList<>(event.keySet()));
        description.put("size", event.size());
        description.put("empty", event.isEmpty());
        description.put("ratio", 0.5);
        description.put("nothing", null);
        return description;
    }

    public List<Long> doubled(List<Long> numbers) {
        List<Long> doubled = new ArrayList<>();
        for (Long number : numbers) {
            doubled.add(number * 2);
        }
        return doubled;
    }

    /** Takes the event and answers nothing. */
    public void accept(Map<String, Object> event) {
        if (event.containsKey("reject")) {
            throw new IllegalArgumentException("rejected: " + event.get("reject"));
        }
    }

    /** Returns an object whose getter throws: the response cannot be serialized. */
    public Unserializable broken(String event) {
        return new Unserializable();
    }

    /** A bean whose only property cannot be read. */
    public static class Unserializable {
        public String getValue() {
            throw new IllegalStateException("value is not ready");
        }
    }
}
