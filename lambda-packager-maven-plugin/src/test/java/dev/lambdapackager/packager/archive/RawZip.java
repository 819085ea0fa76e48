package dev.lambdapackager.packager.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's central directory and local headers byte by byte, so tests check what is really on disk rather than
 * what a zip library chooses to report.
 */
final class RawZip {

    /** One central directory record with the matching local header's extra-field length. */
    record Entry(
            String name,
            int versionMadeBy,
            int flags,
            int dosTime,
            int dosDate,
            int centralExtraLength,
            int localExtraLength) {

        LocalDateTime dosDateTime() {
            return LocalDateTime.of(
                    (dosDate >> 9) + 1980,
                    (dosDate >> 5) & 0x0f,
                    dosDate & 0x1f,
                    dosTime >> 11,
                    (dosTime >> 5) & 0x3f,
                    (dosTime & 0x1f) * 2);
        }
    }

    private RawZip() {}

    static List<Entry> entries(Path zip) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        int endOfCentralDirectory = bytes.limit() - 22; // the writer adds no archive comment
        if (bytes.getInt(endOfCentralDirectory) != 0x06054b50) {
            throw new IOException("no end-of-central-directory record where expected");
        }
        int count = Short.toUnsignedInt(bytes.getShort(endOfCentralDirectory + 10));
        int offset = bytes.getInt(endOfCentralDirectory + 16);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (bytes.getInt(offset) != 0x02014b50) {
                throw new IOException("no central directory record at " + offset);
            }
            int nameLength = Short.toUnsignedInt(bytes.getShort(offset + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort(offset + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort(offset + 32));
            int localHeader = bytes.getInt(offset + 42);
            byte[] name = new byte[nameLength];
            bytes.get(offset + 46, name);
            entries.add(new Entry(
                    new String(name, StandardCharsets.UTF_8),
                    Short.toUnsignedInt(bytes.getShort(offset + 4)),
                    Short.toUnsignedInt(bytes.getShort(offset + 8)),
                    Short.toUnsignedInt(bytes.getShort(offset + 12)),
                    Short.toUnsignedInt(bytes.getShort(offset + 14)),
                    extraLength,
                    Short.toUnsignedInt(bytes.getShort(localHeader + 28))));
            offset += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }
}
