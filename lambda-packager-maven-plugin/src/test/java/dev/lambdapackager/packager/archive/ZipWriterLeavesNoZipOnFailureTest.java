package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure leaves neither a partial zip, nor the temporary file, nor an older zip to be mistaken for the new one. */
class ZipWriterLeavesNoZipOnFailureTest {

    @TempDir
    Path temp;

    @Test
    void sourceMissingPartWayLeavesNothing() throws Exception {
        Path outputs = Files.createDirectories(temp.resolve("outputs"));
        Path zip = Files.writeString(outputs.resolve("Fn.zip"), "an older zip");
        Path present = Files.writeString(temp.resolve("present.jar"), "x".repeat(50_000));

        assertThatThrownBy(() -> new ZipWriter(OutputTimestamp.fallback())
                        .write(
                                zip,
                                List.of(
                                        ZipEntrySpec.file("lib/a.jar", present, 0644),
                                        ZipEntrySpec.file("lib/b.jar", present, 0644),
                                        ZipEntrySpec.file("lib/z.jar", temp.resolve("deleted-meanwhile.jar"), 0644))))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("deleted-meanwhile.jar");

        assertThat(listing(outputs)).isEmpty();
    }

    @Test
    void invalidEntriesAlsoRemoveTheOlderZip() throws Exception {
        Path outputs = Files.createDirectories(temp.resolve("outputs"));
        Path zip = Files.writeString(outputs.resolve("Fn.zip"), "an older zip");

        assertThatThrownBy(() -> new ZipWriter(OutputTimestamp.fallback())
                        .write(
                                zip,
                                List.of(
                                        ZipEntrySpec.file("bootstrap", new byte[] {1}, 0755),
                                        ZipEntrySpec.file("bootstrap", new byte[] {2}, 0755))))
                .isInstanceOf(InvalidZipEntryException.class);

        assertThat(listing(outputs)).isEmpty();
    }

    @Test
    void successLeavesOnlyTheZip() throws Exception {
        Path outputs = temp.resolve("outputs");
        new ZipWriter(OutputTimestamp.fallback())
                .write(outputs.resolve("Fn.zip"), List.of(ZipEntrySpec.file("bootstrap", new byte[] {1}, 0755)));

        assertThat(listing(outputs)).containsExactly("Fn.zip");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
