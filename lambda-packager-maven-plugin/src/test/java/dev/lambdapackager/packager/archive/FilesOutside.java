package dev.lambdapackager.packager.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists everything under a test's temporary folder except the extraction destination, to prove nothing leaked. */
final class FilesOutside {

    private FilesOutside() {}

    static List<String> of(Path temporaryFolder, Path destination) throws IOException {
        try (Stream<Path> all = Files.walk(temporaryFolder)) {
            return all.filter(path -> !path.startsWith(destination))
                    .map(path -> temporaryFolder.relativize(path).toString())
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
