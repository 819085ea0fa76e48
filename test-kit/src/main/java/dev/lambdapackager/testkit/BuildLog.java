package dev.lambdapackager.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** An invoker IT's {@code build.log}, for the checks of failing and succeeding builds. */
public final class BuildLog {

    private final Path file;
    private final String text;

    private BuildLog(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Reads {@code build.log} in {@code basedir}. */
    public static BuildLog of(Path basedir) throws IOException {
        Path file = basedir.resolve("build.log");
        return new BuildLog(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Fails unless the log contains {@code expected} literally. */
    public BuildLog contains(String expected) {
        if (!text.contains(expected)) {
            throw new AssertionError(file + " does not contain: " + expected);
        }
        return this;
    }

    /** Fails unless some part of the log matches {@code regex}. */
    public BuildLog matches(String regex) {
        if (!Pattern.compile(regex, Pattern.MULTILINE).matcher(text).find()) {
            throw new AssertionError(file + " has nothing matching: " + regex);
        }
        return this;
    }

    /** Fails if the log contains {@code unexpected}. */
    public BuildLog lacks(String unexpected) {
        if (text.contains(unexpected)) {
            throw new AssertionError(file + " contains: " + unexpected);
        }
        return this;
    }

    /** How often {@code literal} occurs. */
    public int count(String literal) {
        int count = 0;
        for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
            count++;
        }
        return count;
    }

    /** Fails unless {@code outputs} has no zip in it (a failed build writes none). */
    public static void noZipIn(Path outputs) throws IOException {
        if (Files.exists(outputs)) {
            try (var walk = Files.walk(outputs)) {
                var files = walk.filter(Files::isRegularFile).toList();
                if (!files.isEmpty()) {
                    throw new AssertionError("a failed build left files in " + outputs + ": " + files);
                }
            }
        }
    }
}
