package dev.lambdapackager.packager.invoke;

import dev.lambdapackager.packager.invoke.InvokeException.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The zips the archive goal wrote: {@code <outputDirectory>/<Function>/<Function>.zip}. */
public final class FunctionZips {

    private FunctionZips() {}

    /**
     * Picks the zip to run.
     *
     * @param outputDirectory the archive goal's output folder
     * @param function the chosen function's name, or null to take the only one
     * @throws InvokeException {@link Code#NO_ZIP} or {@link Code#FUNCTION_NOT_CHOSEN}, listing what is there
     */
    public static Path choose(Path outputDirectory, String function) throws InvokeException {
        List<String> names = names(outputDirectory);
        if (names.isEmpty()) {
            throw new InvokeException(
                    Code.NO_ZIP,
                    "No Lambda zip in " + outputDirectory + ": package first"
                            + " (`mvn package lambda:invoke`, or `mvn package` then `mvn lambda:invoke`).");
        }
        if (function == null || function.isBlank()) {
            if (names.size() > 1) {
                throw new InvokeException(
                        Code.FUNCTION_NOT_CHOSEN,
                        "There are " + names.size() + " functions (" + String.join(", ", names)
                                + "); choose one, e.g. -Dlambda.function=" + names.get(0) + ".");
            }
            return zip(outputDirectory, names.get(0));
        }
        for (String name : names) {
            if (name.equals(function.trim())) {
                return zip(outputDirectory, name);
            }
        }
        throw new InvokeException(
                Code.FUNCTION_NOT_CHOSEN,
                "There is no zip for function '" + function.trim() + "' in " + outputDirectory
                        + "; packaged functions: " + String.join(", ", names) + ".");
    }

    private static Path zip(Path outputDirectory, String name) {
        return outputDirectory.resolve(name).resolve(name + ".zip");
    }

    private static List<String> names(Path outputDirectory) throws InvokeException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(outputDirectory)) {
            return names;
        }
        try (Stream<Path> children = Files.list(outputDirectory)) {
            children.filter(dir -> Files.isRegularFile(
                            zip(outputDirectory, dir.getFileName().toString())))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            throw new InvokeException(Code.IO_FAILURE, "Cannot list " + outputDirectory + ": " + e.getMessage(), e);
        }
        return names;
    }
}
