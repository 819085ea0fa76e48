package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.archive.FolderEntries;
import dev.lambdapackager.packager.archive.InvalidZipEntryException;
import dev.lambdapackager.packager.archive.ZipEntrySpec;
import dev.lambdapackager.packager.archive.ZipWriter;
import dev.lambdapackager.packager.model.OutputTimestamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A classes folder on the class path ({@code mvn compile lambda:archive}, or a reactor sibling resolved to its
 * {@code target/classes}) packed as a jar for {@code lib/}: the same reproducible zip as the function's (entries
 * sorted, each folder once, fixed modes, the output timestamp on every entry), so the same folder gives the same
 * bytes and the JRE cache still hits.
 */
public final class ClassesDirectoryJar {

    private ClassesDirectoryJar() {}

    /** Packs {@code directory} into {@code jar} (replacing it) and returns {@code jar}. */
    static Path pack(Path directory, Path jar, OutputTimestamp timestamp) throws IOException {
        List<ZipEntrySpec> entries = new ArrayList<>();
        for (ZipEntrySpec entry : FolderEntries.of(directory, "")) {
            // A jar holds classes and resources: links are followed, every file is a plain 0644 file.
            entries.add(
                    entry.kind() == ZipEntrySpec.Kind.DIRECTORY
                            ? entry
                            : ZipEntrySpec.file(
                                    entry.path(), directory.resolve(entry.path()), ZipEntrySpec.REGULAR_MODE));
        }
        Files.createDirectories(jar.getParent());
        try {
            new ZipWriter(timestamp).write(jar, entries);
        } catch (InvalidZipEntryException e) {
            throw new IOException("cannot pack " + directory + ": " + e.getMessage(), e);
        }
        return jar;
    }
}
