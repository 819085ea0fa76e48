package dev.lambdapackager.packager.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One jar of the function's class path: the file on disk and the name it gets in the zip's {@code lib/}.
 *
 * @param file the jar on disk
 * @param name its file name in {@code lib/} ({@code [A-Za-z0-9._+-]+\.jar}, safe to spell out in a shell script)
 * @param coordinates {@code groupId:artifactId:version} for messages, or the file name for the project's own jar
 */
public record JarInput(Path file, String name, String coordinates) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._+-]+\\.jar");

    public JarInput {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(coordinates, "coordinates");
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("jar name '" + name + "' must match " + SAFE_NAME.pattern());
        }
    }
}
