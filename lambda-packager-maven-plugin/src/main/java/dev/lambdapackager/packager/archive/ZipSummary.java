package dev.lambdapackager.packager.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ZipWriter} wrote, for the size checks Lambda imposes (50 MB zipped for a direct upload, 250 MB
 * unzipped): the sizes, and which parts of the zip take the room.
 *
 * @param zip           the zip written
 * @param zipSize       the zip's size in bytes
 * @param unzippedSize  the size of all entries' content once unzipped (files, plus symlink targets)
 * @param parts         unzipped size per top-level part, largest first: a directory as {@code lib/}, {@code jre/},
 *                      a file at the root as {@code bootstrap}
 * @param largestFiles  the {@value #LARGEST_FILES} largest files, largest first, e.g. {@code jre/lib/modules} or
 *                      {@code jre/lib/server/classes.jsa}
 */
public record ZipSummary(Path zip, long zipSize, long unzippedSize, List<Part> parts, List<Part> largestFiles) {

    /** How many files {@link #largestFiles()} lists at most. */
    public static final int LARGEST_FILES = 10;

    /**
     * A part of the zip and its unzipped size.
     *
     * @param name         a path in the zip; directories end with {@code /}
     * @param unzippedSize its unzipped size in bytes
     */
    public record Part(String name, long unzippedSize) {}

    public ZipSummary {
        // Copies, so the summary stays immutable.
        parts = List.copyOf(parts);
        largestFiles = List.copyOf(largestFiles);
    }
}
