package dev.lambdapackager.packager.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code jvmOptions} into the JVM's arguments as a POSIX shell would split a command line: blanks separate
 * words, single quotes keep everything literally, double quotes keep blanks (a backslash in them escapes
 * {@code " \ $ `}), a backslash outside quotes keeps the next character. Nothing is expanded: {@code $HOME} stays
 * {@code $HOME}. So {@code -Xss512k -Dgreeting='hello world'} is two arguments, as the user meant.
 */
public final class JvmOptions {

    private JvmOptions() {}

    /**
     * Splits each value and joins the words in order.
     *
     * @throws IllegalArgumentException naming the value, when a quote is not closed or it ends in a lone backslash
     */
    public static List<String> split(List<String> values) {
        List<String> words = new ArrayList<>();
        for (String value : values) {
            words.addAll(split(value));
        }
        return words;
    }

    static List<String> split(String value) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                int end = value.indexOf('\'', i + 1);
                if (end < 0) {
                    throw unbalanced(value, "single quote");
                }
                word.append(value, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < value.length() && value.charAt(j) != '"'; j++) {
                    char d = value.charAt(j);
                    if (d == '\\' && j + 1 < value.length() && "\"\\$`".indexOf(value.charAt(j + 1)) >= 0) {
                        j++;
                        d = value.charAt(j);
                    }
                    word.append(d);
                }
                if (j >= value.length()) {
                    throw unbalanced(value, "double quote");
                }
                i = j;
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= value.length()) {
                    throw new IllegalArgumentException("'" + value + "' ends in a backslash that escapes nothing");
                }
                word.append(value.charAt(++i));
                inWord = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static IllegalArgumentException unbalanced(String value, String quote) {
        return new IllegalArgumentException("'" + value + "' has a " + quote + " that is never closed");
    }
}
