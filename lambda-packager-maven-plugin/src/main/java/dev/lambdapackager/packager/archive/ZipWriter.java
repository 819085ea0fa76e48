package dev.lambdapackager.packager.archive;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;

/**
 * Writes reproducible zips: the same entries and timestamp give the same bytes, whatever order the entries come in,
 * whatever the source files' own times, and whatever the JVM's time zone (with the same JDK, whose zlib does the
 * compressing).
 *
 * <p>What makes it so: entries sorted by the bytes of their UTF-8 names, every parent directory present once (added
 * with mode {@code 0755} when missing), each entry's unix mode exactly as given, every entry's DOS time set to the
 * {@link OutputTimestamp}'s UTC wall clock (see {@link OutputTimestamp} for why UTC), no extra fields at all (no
 * extended timestamps or unix owners; a zip64 field only for a file of 4 GB or more), "version made by" unix so that
 * unzip applies the modes, DEFLATE at level {@value #COMPRESSION_LEVEL}, and no data descriptors, since the zip is
 * written through a seekable file channel and sizes are filled in after each entry.
 *
 * <p><b>Failure leaves no zip.</b> The zip is written to a hidden temporary file next to the destination and moved
 * into place only once complete; on any failure the temporary file is deleted. An existing zip at the destination is
 * deleted before writing starts, so that after a failed build no older zip remains to be mistaken for the new one.
 */
public final class ZipWriter {

    /** zlib's own default: the usual balance of size and time, fixed here so it cannot change under us. */
    public static final int COMPRESSION_LEVEL = 6;

    private final OutputTimestamp timestamp;

    /**
     * @param timestamp the time given to every entry
     */
    public ZipWriter(OutputTimestamp timestamp) {
        this.timestamp = timestamp;
    }

    /**
     * Writes {@code entries} as a zip at {@code destination}, creating its parent directories if needed.
     *
     * @param destination the zip to write; replaced if it exists
     * @param entries     the entries, in any order; missing parent directories are added
     * @return the sizes written
     * @throws InvalidZipEntryException        if a path is given twice or a file is also used as a directory
     * @throws InvalidOutputTimestampException if the timestamp cannot be written in this JVM's time zone
     * @throws IOException                     if a source cannot be read or the zip cannot be written; no zip is
     *                                         left at {@code destination} then
     */
    public ZipSummary write(Path destination, Collection<ZipEntrySpec> entries) throws IOException {
        Path target = destination.toAbsolutePath();
        Files.deleteIfExists(target);
        List<ZipEntrySpec> layout = ZipLayout.of(entries);
        long entryTime = UtcDosTime.entryTime(timestamp);
        Files.createDirectories(target.getParent());
        // Hidden, and unique so that two builds writing the same zip cannot collide on the temporary file.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            SizeTally sizes = new SizeTally();
            try (FileChannel channel =
                            FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
                zip.setLevel(COMPRESSION_LEVEL);
                for (ZipEntrySpec entry : layout) {
                    sizes.add(entry, writeEntry(zip, entry, entryTime));
                }
                zip.finish();
            }
            long zipSize = Files.size(temporary);
            moveIntoPlace(temporary, target);
            return sizes.summary(target, zipSize);
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
    }

    private static long writeEntry(ZipArchiveOutputStream zip, ZipEntrySpec entry, long entryTime) throws IOException {
        ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.zipName());
        zipEntry.setUnixMode(fileType(entry) | entry.mode());
        zipEntry.setTime(entryTime);
        long size = entry.size();
        // A known size keeps Commons Compress from reserving a zip64 field "in case" the entry grows past 4 GB.
        zipEntry.setSize(size);
        if (entry.kind() == ZipEntrySpec.Kind.FILE) {
            zipEntry.setMethod(ZipEntry.DEFLATED);
        } else {
            // Directories and link targets are (nearly) empty: stored, as Info-ZIP does.
            zipEntry.setMethod(ZipEntry.STORED);
            zipEntry.setCrc(crc(entry));
        }
        // For times it deems outside the DOS range (after 2097) setTime also adds extended-timestamp fields. They
        // would hold the zone-shifted instant, and unzip prefers them to the DOS fields, which alone carry the time.
        zipEntry.setExtraFields(new ZipExtraField[0]);
        if (entry.deflated().isPresent()) {
            DeflatedContent deflated = entry.deflated().get();
            zipEntry.setMethod(ZipEntry.DEFLATED);
            zipEntry.setCrc(deflated.crc());
            zipEntry.setCompressedSize(deflated.compressedSize());
            try (InputStream raw = deflated.openRaw()) {
                zip.addRawArchiveEntry(zipEntry, raw);
            }
            return size;
        }
        zip.putArchiveEntry(zipEntry);
        long written;
        try (InputStream content = entry.openContent()) {
            written = content.transferTo(zip);
        }
        zip.closeArchiveEntry();
        return written;
    }

    private static int fileType(ZipEntrySpec entry) {
        return switch (entry.kind()) {
            case DIRECTORY -> UnixStat.DIR_FLAG;
            case SYMLINK -> UnixStat.LINK_FLAG;
            case FILE -> UnixStat.FILE_FLAG;
        };
    }

    private static long crc(ZipEntrySpec entry) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream content = entry.openContent()) {
            crc.update(content.readAllBytes());
        }
        return crc.getValue();
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Rare, as both are in one directory; there the file system renames rather than copies anyway.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
