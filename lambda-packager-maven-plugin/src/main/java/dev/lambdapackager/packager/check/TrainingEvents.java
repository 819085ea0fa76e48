package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which training events each function's training start gets. The events folder holds JSON files, one event each
 * ({@code *.json}, sent in the order of their names); a subfolder named after a function holds that function's own
 * events instead. Decided here, once, before the builder container starts, so that a missing folder fails fast and
 * the events' bytes can go into the cache key.
 */
public final class TrainingEvents {

    private TrainingEvents() {}

    /**
     * The event files of every function of {@code request}, by function name in the request's order; empty lists
     * where there are none.
     *
     * @throws PackagingException {@link Code#INVALID_TRAINING_EVENTS} if the folder is not a folder or cannot be read,
     *     {@link Code#INVALID_TRAINING_TIMEOUT} if the timeout is not positive
     */
    public static Map<String, List<Path>> of(ArchiveRequest request) throws PackagingException {
        if (request.trainingTimeout().isNegative() || request.trainingTimeout().isZero()) {
            throw new PackagingException(
                    Code.INVALID_TRAINING_TIMEOUT,
                    "The training timeout must be positive, not "
                            + request.trainingTimeout().toSeconds() + " s.");
        }
        Map<String, List<Path>> events = new LinkedHashMap<>();
        if (request.trainingEventsDirectory().isEmpty()) {
            for (FunctionSpec function : request.functions()) {
                events.put(function.name(), List.of());
            }
            return events;
        }
        Path folder = request.trainingEventsDirectory().get();
        if (!Files.isDirectory(folder)) {
            throw new PackagingException(
                    Code.INVALID_TRAINING_EVENTS,
                    "The training events folder " + folder
                            + " does not exist or is not a folder; create it with one JSON event per *.json file, or leave the"
                            + " setting out to train without events.");
        }
        List<Path> shared = jsonFiles(folder);
        for (FunctionSpec function : request.functions()) {
            Path own = folder.resolve(function.name());
            events.put(function.name(), Files.isDirectory(own) ? jsonFiles(own) : shared);
        }
        return events;
    }

    private static List<Path> jsonFiles(Path folder) throws PackagingException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = new ArrayList<>();
            files.filter(file -> Files.isRegularFile(file)
                            && file.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .forEach(found::add);
            for (Path file : found) {
                if (!Files.isReadable(file)) {
                    throw new PackagingException(
                            Code.INVALID_TRAINING_EVENTS,
                            "Cannot read the training event " + file + "; make it readable or remove it.");
                }
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new PackagingException(
                    Code.INVALID_TRAINING_EVENTS,
                    "Cannot list the training events in " + folder + ": " + e.getMessage(),
                    e);
        }
    }
}
