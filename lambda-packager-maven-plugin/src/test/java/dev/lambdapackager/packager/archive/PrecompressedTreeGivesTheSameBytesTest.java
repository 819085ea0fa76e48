package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip whose {@code jre/} entries are copied from a precompressed tree has exactly the bytes of one that deflates
 * them afresh — so a cached JRE never changes what a build produces, only how fast.
 */
class PrecompressedTreeGivesTheSameBytesTest {

    @TempDir
    Path temp;

    @Test
    void copiedEntriesEqualFreshlyDeflatedOnes() throws Exception {
        Path tree = Files.createDirectories(temp.resolve("jre"));
        Files.createDirectories(tree.resolve("bin"));
        Files.createDirectories(tree.resolve("lib/server"));
        byte[] binary = new byte[300_000];
        new Random(7).nextBytes(binary);
        Files.write(tree.resolve("lib/server/libjvm.so"), binary);
        Files.writeString(tree.resolve("lib/modules"), "module text ".repeat(50_000));
        Files.writeString(tree.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(tree.resolve("bin/java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.write(tree.resolve("release"), new byte[0]);
        Files.createSymbolicLink(tree.resolve("lib/link"), Path.of("modules"));

        OutputTimestamp time = OutputTimestamp.of(Instant.parse("2026-11-26T00:00:00Z"));
        List<ZipEntrySpec> common = List.of(
                ZipEntrySpec.file("bootstrap", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0755),
                ZipEntrySpec.file("lib/app.jar", "jar".getBytes(StandardCharsets.UTF_8), 0644));

        List<ZipEntrySpec> fresh = new ArrayList<>(common);
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : (Iterable<Path>) walk.filter(p -> !p.equals(tree))::iterator) {
                String name = "jre/" + tree.relativize(path);
                fresh.add(
                        Files.isSymbolicLink(path)
                                ? ZipEntrySpec.symlink(
                                        name, Files.readSymbolicLink(path).toString())
                                : Files.isDirectory(path)
                                        ? ZipEntrySpec.directory(name)
                                        : ZipEntrySpec.file(name, path));
            }
        }
        Path freshZip = temp.resolve("fresh.zip");
        new ZipWriter(time).write(freshZip, fresh);

        Path precompressed = temp.resolve("jre.zip");
        PrecompressedTree.write(tree, precompressed);
        Path copiedZip = temp.resolve("copied.zip");
        ZipSummary summary;
        try (PrecompressedTree jre = PrecompressedTree.open(precompressed)) {
            List<ZipEntrySpec> copied = new ArrayList<>(common);
            copied.addAll(jre.entries("jre/"));
            summary = new ZipWriter(time).write(copiedZip, copied);
        }

        assertThat(copiedZip).hasSameBinaryContentAs(freshZip);
        assertThat(summary.largestFiles().get(0)).isEqualTo(new ZipSummary.Part("jre/lib/modules", 600_000));
    }
}
