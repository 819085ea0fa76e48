package dev.lambdapackager.packager.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A jar on the function's runtime class path, as the build tool resolved it.
 *
 * @param file the jar
 * @param groupId its group
 * @param artifactId its artifact id
 * @param version its version (the base version for snapshots: {@code 1.0-SNAPSHOT})
 * @param classifier its classifier, or empty
 */
public record ClasspathEntry(Path file, String groupId, String artifactId, String version, String classifier) {

    public ClasspathEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        classifier = classifier == null ? "" : classifier;
    }

    /** {@code groupId:artifactId:version[:classifier]}. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version + (classifier.isEmpty() ? "" : ":" + classifier);
    }

    /** {@code artifactId-version[-classifier].jar}: the name it gets in {@code lib/} unless that name is taken twice. */
    public String simpleName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar";
    }
}
