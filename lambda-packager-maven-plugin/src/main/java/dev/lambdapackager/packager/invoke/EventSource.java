package dev.lambdapackager.packager.invoke;

import dev.lambdapackager.packager.invoke.InvokeException.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the event setting: inline JSON, or the path of a file holding the event; {@code {}} when empty. */
public final class EventSource {

    private EventSource() {}

    /**
     * The event's bytes.
     *
     * @param value the setting as given
     * @param base the folder a relative path is resolved against (the project's)
     * @throws InvokeException {@link Code#INVALID_EVENT} when it is neither JSON nor a readable file
     */
    public static byte[] read(String value, Path base) throws InvokeException {
        if (value == null || value.isBlank()) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        String trimmed = value.trim();
        if (SimpleJson.isJson(trimmed)) {
            return trimmed.getBytes(StandardCharsets.UTF_8);
        }
        Path file;
        try {
            file = base.resolve(trimmed);
        } catch (RuntimeException e) {
            file = null;
        }
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InvokeException(
                        Code.INVALID_EVENT, "Cannot read the event file " + file + ": " + e.getMessage(), e);
            }
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            String why;
            try {
                SimpleJson.parse(trimmed);
                why = "";
            } catch (IllegalArgumentException e) {
                why = e.getMessage();
            }
            throw new InvokeException(
                    Code.INVALID_EVENT,
                    "The event '" + abbreviate(trimmed) + "' is not valid JSON (" + why
                            + "); give JSON text or the path of a file that holds the event.");
        }
        throw new InvokeException(
                Code.INVALID_EVENT,
                "The event '" + abbreviate(trimmed) + "' is neither JSON nor a file" + " (looked for " + file
                        + "); give JSON text, e.g. '{\"name\":\"x\"}', or the path of a file that holds it.");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
