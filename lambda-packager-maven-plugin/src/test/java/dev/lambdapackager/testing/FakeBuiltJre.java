package dev.lambdapackager.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * What a builder container leaves in a staging folder, without running one: {@code jre/bin/java} (a stub),
 * the build's notes in {@code build/}, and the JRE's precompressed files. Enough for the JRE cache, which
 * only checks that a build is complete.
 */
public final class FakeBuiltJre {

    private FakeBuiltJre() {}

    /** Fills {@code directory} with a complete build of {@code modules} with an application CDS archive on Java 21. */
    public static Path write(Path directory, String modules) throws IOException {
        Path java = directory.resolve("jre/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path build = Files.createDirectories(directory.resolve("build"));
        Files.writeString(build.resolve("modules"), modules + "\n", StandardCharsets.UTF_8);
        Files.writeString(build.resolve("cds"), "app\n", StandardCharsets.UTF_8);
        Files.writeString(build.resolve("java-version"), "21\n", StandardCharsets.UTF_8);
        Files.writeString(build.resolve("image-id"), "sha256:0123\n", StandardCharsets.UTF_8);
        Files.write(directory.resolve("jre.zip"), new byte[0]);
        return directory;
    }
}
