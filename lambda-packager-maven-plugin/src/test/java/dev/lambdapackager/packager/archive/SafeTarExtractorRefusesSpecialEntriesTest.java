package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Devices and FIFOs are refused rather than silently left out, global pax headers are skipped, and a non-empty
 * destination is refused because its links were never checked.
 */
class SafeTarExtractorRefusesSpecialEntriesTest {

    @TempDir
    Path temp;

    @Test
    void fifoAndDevicesAreRefused() throws Exception {
        assertThatThrownBy(() -> new SafeTarExtractor()
                        .extract(new TarBuilder().special("pipe", TarConstants.LF_FIFO).stream(), temp.resolve("a")))
                .isInstanceOf(UnsafeTarEntryException.class)
                .hasMessage("Refusing tar entry 'pipe': it is a FIFO; only directories, regular files, symbolic"
                        + " links and hard links are extracted");
        assertThatThrownBy(() -> new SafeTarExtractor()
                        .extract(new TarBuilder().special("null", TarConstants.LF_CHR).stream(), temp.resolve("b")))
                .hasMessageContaining("it is a device");
    }

    @Test
    void globalPaxHeaderIsSkippedAndPaxNamesApply() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            TarArchiveEntry global =
                    new TarArchiveEntry("pax_global_header", TarConstants.LF_PAX_GLOBAL_EXTENDED_HEADER);
            global.addPaxHeader("comment", "made by test");
            tar.putArchiveEntry(global); // writes and closes the header's records itself
            String longName = "jre/" + "x".repeat(150) + "/file";
            TarArchiveEntry file = new TarArchiveEntry(longName);
            file.setSize(2);
            tar.putArchiveEntry(file);
            tar.write(new byte[] {'o', 'k'});
            tar.closeArchiveEntry();
        }
        Path destination = temp.resolve("out");

        int count = new SafeTarExtractor().extract(new ByteArrayInputStream(bytes.toByteArray()), destination);

        assertThat(count).isEqualTo(1);
        assertThat(Files.readString(destination.resolve("jre/" + "x".repeat(150) + "/file")))
                .isEqualTo("ok");
        assertThat(Files.exists(destination.resolve("pax_global_header"))).isFalse();
    }

    @Test
    void nonEmptyDestinationIsRefused() throws Exception {
        Path destination = Files.createDirectories(temp.resolve("out"));
        Files.writeString(destination.resolve("stale"), "from an earlier build");

        assertThatThrownBy(() ->
                        new SafeTarExtractor().extract(new TarBuilder().file("a", "a", 0644).stream(), destination))
                .isInstanceOf(DirectoryNotEmptyException.class);
        assertThat(Files.exists(destination.resolve("a"))).isFalse();
    }
}
