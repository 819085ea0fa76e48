package dev.lambdapackager.packager.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up unzipped sizes while {@link ZipWriter} writes, per top-level part and per file. */
final class SizeTally {

    private static final Comparator<ZipSummary.Part> LARGEST_FIRST =
            Comparator.comparingLong(ZipSummary.Part::unzippedSize).reversed().thenComparing(ZipSummary.Part::name);

    private final Map<String, Long> byPart = new LinkedHashMap<>();
    private final List<ZipSummary.Part> files = new ArrayList<>();
    private long total;

    void add(ZipEntrySpec entry, long size) {
        String path = entry.path();
        int slash = path.indexOf('/');
        String part = slash < 0 ? entry.zipName() : path.substring(0, slash + 1);
        byPart.merge(part, size, Long::sum);
        if (entry.kind() == ZipEntrySpec.Kind.FILE) {
            files.add(new ZipSummary.Part(path, size));
        }
        total += size;
    }

    ZipSummary summary(Path zip, long zipSize) {
        List<ZipSummary.Part> parts = new ArrayList<>();
        byPart.forEach((name, size) -> parts.add(new ZipSummary.Part(name, size)));
        parts.sort(LARGEST_FIRST);
        List<ZipSummary.Part> largest = files.stream()
                .sorted(LARGEST_FIRST)
                .limit(ZipSummary.LARGEST_FILES)
                .toList();
        return new ZipSummary(zip, zipSize, total, parts, largest);
    }
}
