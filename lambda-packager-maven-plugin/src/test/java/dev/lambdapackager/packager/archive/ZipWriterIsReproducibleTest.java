package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same entries and timestamp give the same bytes, whatever the input order, file times and default time zone. */
class ZipWriterIsReproducibleTest {

    private static final OutputTimestamp TIMESTAMP = OutputTimestamp.of(Instant.parse("2026-11-26T00:00:00Z"));

    @TempDir
    Path temp;

    @Test
    void shuffledInputsWithDifferentFileTimesGiveIdenticalBytes() throws Exception {
        Path first = zip("first", 1, Instant.parse("2001-01-01T10:00:00Z"));
        Path second = zip("second", 2, Instant.parse("2024-06-30T23:59:59Z"));

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void differentDefaultTimeZonesGiveIdenticalBytes() throws Exception {
        Path tokyo = DefaultTimeZone.with("Asia/Tokyo", () -> zip("tokyo", 3, Instant.parse("2010-03-01T00:00:00Z")));
        Path newYork = DefaultTimeZone.with(
                "America/New_York", () -> zip("new-york", 4, Instant.parse("2020-07-14T12:00:00Z")));
        Path utc = DefaultTimeZone.with("UTC", () -> zip("utc", 5, Instant.parse("1999-12-31T23:00:00Z")));

        assertThat(Files.readAllBytes(newYork)).isEqualTo(Files.readAllBytes(tokyo));
        assertThat(Files.readAllBytes(utc)).isEqualTo(Files.readAllBytes(tokyo));
    }

    /** Writes the same content from its own copy of the sources, touched at {@code fileTime}, in a shuffled order. */
    private Path zip(String name, long seed, Instant fileTime) throws IOException {
        Path sources = Files.createDirectories(temp.resolve(name + "-sources"));
        List<ZipEntrySpec> entries = new ArrayList<>();
        entries.add(ZipEntrySpec.file("bootstrap", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0755));
        entries.add(ZipEntrySpec.file("lib/function.jar", source(sources, "function.jar", "jar", fileTime), 0644));
        entries.add(ZipEntrySpec.file("lib/runtime.jar", source(sources, "runtime.jar", "runtime", fileTime), 0644));
        entries.add(ZipEntrySpec.file("jre/bin/java", source(sources, "java", "elf", fileTime), 0755));
        entries.add(
                ZipEntrySpec.file("jre/lib/modules", source(sources, "modules", "x".repeat(100_000), fileTime), 0644));
        entries.add(ZipEntrySpec.symlink("jre/legal/java.xml/LICENSE", "../java.base/LICENSE"));
        entries.add(ZipEntrySpec.directory("jre/conf"));
        Collections.shuffle(entries, new Random(seed));
        Path zip = temp.resolve(name + ".zip");
        new ZipWriter(TIMESTAMP).write(zip, entries);
        return zip;
    }

    private static Path source(Path folder, String name, String content, Instant time) throws IOException {
        Path file = Files.writeString(folder.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(time));
        return file;
    }
}
