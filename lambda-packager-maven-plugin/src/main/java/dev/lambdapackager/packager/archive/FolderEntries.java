package dev.lambdapackager.packager.archive;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The zip entries of a folder tree: files with their default modes, folders, and symbolic links as links. */
public final class FolderEntries {

    private FolderEntries() {}

    /** Every file, folder and link below {@code root} (not {@code root} itself), each path prefixed with {@code prefix}. */
    public static List<ZipEntrySpec> of(Path root, String prefix) throws IOException {
        List<ZipEntrySpec> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
                if (path.equals(root)) {
                    continue;
                }
                String name = prefix + root.relativize(path).toString().replace(File.separatorChar, '/');
                if (Files.isSymbolicLink(path)) {
                    entries.add(ZipEntrySpec.symlink(
                            name, Files.readSymbolicLink(path).toString()));
                } else if (Files.isDirectory(path)) {
                    entries.add(ZipEntrySpec.directory(name));
                } else {
                    entries.add(ZipEntrySpec.file(name, path));
                }
            }
        }
        return entries;
    }
}
