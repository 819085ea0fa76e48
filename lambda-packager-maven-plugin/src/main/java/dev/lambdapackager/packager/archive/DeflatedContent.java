package dev.lambdapackager.packager.archive;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A file's content as an entry of an existing zip holds it, deflated, with its CRC and sizes: what {@link ZipWriter}
 * needs to copy it into another zip without compressing it again.
 */
final class DeflatedContent {

    private final ZipFile zip;
    private final ZipArchiveEntry entry;

    DeflatedContent(ZipFile zip, ZipArchiveEntry entry) {
        this.zip = zip;
        this.entry = entry;
    }

    long crc() {
        return entry.getCrc();
    }

    long size() {
        return entry.getSize();
    }

    long compressedSize() {
        return entry.getCompressedSize();
    }

    InputStream openRaw() throws IOException {
        return zip.getRawInputStream(entry);
    }
}
