package dev.lambdapackager.packager.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The path rules of {@link SafeTarExtractor}, kept apart from file-system work: where an entry lands, and whether a
 * symbolic link's target stays inside the destination.
 */
final class TarEntryPaths {

    private TarEntryPaths() {}

    /**
     * Returns the segments of an entry's path below the destination: empty and {@code .} segments dropped, {@code ..}
     * applied, then {@code strip} leading segments removed. An empty list means the entry is stripped away entirely.
     *
     * @throws UnsafeTarEntryException if the path is absolute or its {@code ..} segments climb above the archive's root
     */
    static List<String> segments(String entryName, String path, int strip) throws UnsafeTarEntryException {
        if (path.startsWith("/")) {
            throw new UnsafeTarEntryException(entryName, "the path '" + path + "' is absolute");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new UnsafeTarEntryException(entryName, "the path '" + path + "' leaves the destination");
                }
                segments.remove(segments.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return segments.size() <= strip ? List.of() : List.copyOf(segments.subList(strip, segments.size()));
    }

    /**
     * Checks a symbolic link's target. Only relative targets whose {@code ..} segments all come first are accepted,
     * and they may climb no higher than the destination: {@code ../java.base/LICENSE} is fine, {@code /etc/passwd},
     * {@code ../../..} and {@code lib/../..} are not.
     *
     * <p>Why {@code ..} only at the start: {@code ..} after a name is resolved from wherever that name points, which a
     * later entry can change (a link {@code a -> s/..} stays inside until {@code s -> .} arrives). With the {@code ..}
     * segments first, they climb through real directories (the extractor never writes through a link), and the names
     * after them only descend, landing either on real entries or on links that were checked the same way.
     *
     * @param linkSegments the link's own path below the destination
     * @throws UnsafeTarEntryException if the target breaks those rules
     */
    static void checkSymlinkTarget(String entryName, List<String> linkSegments, String target)
            throws UnsafeTarEntryException {
        if (target.isEmpty()) {
            throw new UnsafeTarEntryException(entryName, "the symbolic link has no target");
        }
        if (target.startsWith("/")) {
            throw new UnsafeTarEntryException(
                    entryName,
                    "the symbolic link's target '" + target + "' is absolute; only relative targets are extracted");
        }
        int climbs = 0;
        boolean descended = false;
        for (String segment : target.split("/", -1)) {
            if (segment.equals("..")) {
                if (descended) {
                    throw new UnsafeTarEntryException(
                            entryName,
                            "the symbolic link's target '" + target
                                    + "' has '..' after a name; only leading '..' segments are extracted");
                }
                climbs++;
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                descended = true;
            }
        }
        int depth = linkSegments.size() - 1;
        if (climbs > depth) {
            throw new UnsafeTarEntryException(
                    entryName, "the symbolic link's target '" + target + "' points outside the destination");
        }
    }
}
