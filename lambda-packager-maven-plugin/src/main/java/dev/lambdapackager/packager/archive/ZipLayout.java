package dev.lambdapackager.packager.archive;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the caller's entries into the exact list a reproducible zip holds: each path once, every parent directory
 * present, sorted by the bytes of the UTF-8 name so the order never depends on how the caller collected them.
 */
final class ZipLayout {

    private static final Comparator<ZipEntrySpec> BY_NAME_BYTES = (a, b) -> Arrays.compareUnsigned(
            a.zipName().getBytes(StandardCharsets.UTF_8), b.zipName().getBytes(StandardCharsets.UTF_8));

    private ZipLayout() {}

    /**
     * @throws InvalidZipEntryException if a path is given twice, or a file or symlink is also the parent of another
     *                                  entry (unzipping it would have to write through it)
     */
    static List<ZipEntrySpec> of(Collection<ZipEntrySpec> entries) {
        Map<String, ZipEntrySpec> byPath = new LinkedHashMap<>();
        for (ZipEntrySpec entry : entries) {
            if (byPath.putIfAbsent(entry.path(), entry) != null) {
                throw new InvalidZipEntryException(entry.path(), "the path is given more than once");
            }
        }
        for (ZipEntrySpec entry : entries) {
            addParents(entry, byPath);
        }
        return byPath.values().stream().sorted(BY_NAME_BYTES).collect(Collectors.toUnmodifiableList());
    }

    private static void addParents(ZipEntrySpec entry, Map<String, ZipEntrySpec> byPath) {
        String path = entry.path();
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String parent = path.substring(0, slash);
            ZipEntrySpec existing = byPath.get(parent);
            if (existing == null) {
                byPath.put(parent, ZipEntrySpec.directory(parent));
            } else if (existing.kind() != ZipEntrySpec.Kind.DIRECTORY) {
                throw new InvalidZipEntryException(
                        path,
                        "its parent '" + parent + "' is a "
                                + (existing.kind() == ZipEntrySpec.Kind.SYMLINK ? "symbolic link" : "file")
                                + ", not a directory");
            }
        }
    }
}
