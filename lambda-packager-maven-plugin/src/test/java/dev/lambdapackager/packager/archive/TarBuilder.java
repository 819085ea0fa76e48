package dev.lambdapackager.packager.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds real tars in memory, entry by entry, including the malicious ones the extractor must refuse. */
final class TarBuilder {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, StandardCharsets.UTF_8.name());

    TarBuilder() {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    TarBuilder directory(String name, int mode) {
        TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
        entry.setMode((TarArchiveEntry.DEFAULT_DIR_MODE & ~0777) | mode);
        return add(entry, new byte[0]);
    }

    TarBuilder file(String name, String content, int mode) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setMode((TarArchiveEntry.DEFAULT_FILE_MODE & ~0777) | mode);
        return add(entry, content.getBytes(StandardCharsets.UTF_8));
    }

    TarBuilder symlink(String name, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
        entry.setLinkName(target);
        return add(entry, new byte[0]);
    }

    TarBuilder hardLink(String name, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_LINK, true);
        entry.setLinkName(target);
        return add(entry, new byte[0]);
    }

    TarBuilder special(String name, byte type) {
        return add(new TarArchiveEntry(name, type, true), new byte[0]);
    }

    private TarBuilder add(TarArchiveEntry entry, byte[] content) {
        try {
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream stream() throws IOException {
        tar.finish();
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
