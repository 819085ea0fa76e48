package dev.lambdapackager.packager.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A file's content already deflated (raw DEFLATE, as in a zip entry), with its CRC and sizes: what {@link ZipWriter}
 * needs to copy it into a zip without compressing it again.
 */
final class DeflatedContent {

    /** Opens the deflated bytes. */
    interface RawSource {
        InputStream open() throws IOException;
    }

    private final long crc;
    private final long size;
    private final long compressedSize;
    private final RawSource raw;

    private DeflatedContent(long crc, long size, long compressedSize, RawSource raw) {
        this.crc = crc;
        this.size = size;
        this.compressedSize = compressedSize;
        this.raw = raw;
    }

    /** An entry of an existing zip, as it is stored there. */
    static DeflatedContent of(ZipFile zip, ZipArchiveEntry entry) {
        return new DeflatedContent(
                entry.getCrc(), entry.getSize(), entry.getCompressedSize(), () -> zip.getRawInputStream(entry));
    }

    /**
     * Deflates {@code file} at {@link ZipWriter#COMPRESSION_LEVEL}, giving the bytes the writer itself would produce:
     * zlib's output does not depend on how its input is fed in when nothing is flushed along the way.
     */
    static DeflatedContent deflate(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        CRC32 crc = new CRC32();
        crc.update(content);
        Deflater deflater = new Deflater(ZipWriter.COMPRESSION_LEVEL, true);
        try {
            deflater.setInput(content);
            deflater.finish();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(content.length / 2 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            byte[] deflated = out.toByteArray();
            return new DeflatedContent(
                    crc.getValue(), content.length, deflated.length, () -> new ByteArrayInputStream(deflated));
        } finally {
            deflater.end();
        }
    }

    long crc() {
        return crc;
    }

    long size() {
        return size;
    }

    long compressedSize() {
        return compressedSize;
    }

    InputStream openRaw() throws IOException {
        return raw.open();
    }
}
