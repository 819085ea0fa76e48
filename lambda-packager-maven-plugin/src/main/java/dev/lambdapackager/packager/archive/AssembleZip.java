package dev.lambdapackager.packager.archive;

import dev.lambdapackager.packager.launch.BootstrapScript;
import dev.lambdapackager.packager.launch.CdsArchive;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.packager.model.PackagedFunction;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pipeline's last step: one reproducible zip per function ({@code bootstrap}, {@code lib/}, {@code jre/} with the
 * class data laid over it, the extra files), each within Lambda's limits. Zips are written aside and moved into
 * {@code outputs/} only when all of them are good.
 */
public final class AssembleZip {

    /** Lambda's hard limit on a function's unzipped size. */
    public static final long MAX_UNZIPPED_BYTES = 262_144_000L;
    /** Lambda's limit for a zip uploaded directly (larger ones must go through S3). */
    public static final long DIRECT_UPLOAD_BYTES = 52_428_800L;

    private final PackagerListener listener;

    public AssembleZip(PackagerListener listener) {
        this.listener = listener;
    }

    /**
     * What goes into every function's zip besides its bootstrap.
     *
     * @param jars the class path named for {@code lib/}, in order
     * @param launcherClass the runtime's main class
     * @param jreZip the linked JRE's files, deflated once (see {@link PrecompressedTree})
     * @param classDataZip the class data's files, laid out as under {@code jre/}, deflated once
     * @param classData which archive they hold
     * @param extraFiles the extra files' entries
     */
    public record Contents(
            List<JarInput> jars,
            String launcherClass,
            Path jreZip,
            Path classDataZip,
            CdsArchive classData,
            List<ZipEntrySpec> extraFiles) {}

    /**
     * Writes the zips of every function of {@code request}.
     *
     * @return the zips, in the order of the request's functions
     * @throws PackagingException with a message that says what to change; nothing is left in the output folder
     */
    public List<PackagedFunction> write(ArchiveRequest request, Contents contents) throws PackagingException {
        Map<String, ZipSummary> written = new LinkedHashMap<>();
        try (PrecompressedTree jreFiles = PrecompressedTree.open(contents.jreZip());
                PrecompressedTree classDataFiles = PrecompressedTree.open(contents.classDataZip())) {
            List<ZipEntrySpec> runtime = runtimeEntries(jreFiles, classDataFiles);
            for (FunctionSpec function : request.functions()) {
                written.put(
                        function.name(),
                        writeZip(request, function, contents, ownAotCacheOnly(runtime, function.name())));
            }
            List<PackagedFunction> result = new ArrayList<>();
            for (Map.Entry<String, ZipSummary> zip : written.entrySet()) {
                Path target = request.outputDirectory().resolve(zip.getKey()).resolve(zip.getKey() + ".zip");
                Files.createDirectories(target.getParent());
                Files.move(
                        zip.getValue().zip(),
                        target,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                result.add(new PackagedFunction(
                        zip.getKey(),
                        target,
                        zip.getValue().zipSize(),
                        zip.getValue().unzippedSize()));
            }
            return result;
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot write the Lambda zips: " + e.getMessage(), e);
        } finally {
            for (ZipSummary zip : written.values()) {
                deleteQuietly(zip.zip());
            }
        }
    }

    /** {@code jre/}: the linked JRE's entries, with the class data's files laid over them. */
    private static List<ZipEntrySpec> runtimeEntries(PrecompressedTree jre, PrecompressedTree classData)
            throws IOException {
        List<ZipEntrySpec> overlay = classData.entries("jre/").stream()
                .filter(entry -> entry.kind() != ZipEntrySpec.Kind.DIRECTORY)
                .toList();
        Set<String> replaced = overlay.stream().map(ZipEntrySpec::path).collect(Collectors.toSet());
        List<ZipEntrySpec> entries = new ArrayList<>();
        for (ZipEntrySpec entry : jre.entries("jre/")) {
            if (!replaced.contains(entry.path())) {
                entries.add(entry);
            }
        }
        entries.addAll(overlay);
        return entries;
    }

    /** The class data holds every function's AOT cache; a function's zip takes only its own. */
    private static List<ZipEntrySpec> ownAotCacheOnly(List<ZipEntrySpec> runtime, String functionName) {
        String own = BootstrapScript.aotCache(functionName);
        return runtime.stream()
                .filter(entry -> !(entry.path().startsWith(BootstrapScript.AOT_CACHE_FOLDER)
                                && entry.path().endsWith(".aot"))
                        || entry.path().equals(own))
                .toList();
    }

    private ZipSummary writeZip(
            ArchiveRequest request, FunctionSpec function, Contents contents, List<ZipEntrySpec> runtime)
            throws PackagingException, IOException {
        List<ZipEntrySpec> entries = new ArrayList<>();
        String bootstrap = new BootstrapScript(
                        function.name(),
                        function.handler().trim(),
                        contents.launcherClass(),
                        contents.jars().stream().map(JarInput::name).toList(),
                        contents.classData(),
                        request.jvmArguments(),
                        request.generator())
                .text();
        entries.add(ZipEntrySpec.file(
                "bootstrap", bootstrap.getBytes(StandardCharsets.UTF_8), ZipEntrySpec.EXECUTABLE_MODE));
        for (JarInput jar : contents.jars()) {
            entries.add(ZipEntrySpec.file("lib/" + jar.name(), jar.file(), ZipEntrySpec.REGULAR_MODE));
        }
        entries.addAll(runtime);
        entries.addAll(contents.extraFiles());
        Path zip = request.workDirectory().resolve(function.name() + ".zip");
        ZipSummary summary;
        try {
            summary = new ZipWriter(request.timestamp()).write(zip, entries);
        } catch (InvalidZipEntryException e) {
            throw new PackagingException(
                    Code.INVALID_EXTRA_FILES,
                    "Cannot lay out the zip of " + function.name() + ": " + e.getMessage(),
                    e);
        }
        if (summary.unzippedSize() > MAX_UNZIPPED_BYTES) {
            deleteQuietly(zip);
            throw new PackagingException(
                    Code.ARCHIVE_TOO_LARGE,
                    "Function " + function.name() + " unzips to "
                            + megabytes(summary.unzippedSize()) + ", over Lambda's limit of 250 MiB ("
                            + megabytes(MAX_UNZIPPED_BYTES) + ")"
                            + ". The biggest parts: "
                            + summary.parts().stream()
                                    .limit(5)
                                    .map(p -> p.name() + " " + megabytes(p.unzippedSize()))
                                    .collect(Collectors.joining(", "))
                            + "; the biggest files: "
                            + summary.largestFiles().stream()
                                    .limit(5)
                                    .map(p -> p.name() + " " + megabytes(p.unzippedSize()))
                                    .collect(Collectors.joining(", "))
                            + ". Drop dependencies, extra files or modules you do not need.");
        }
        if (summary.zipSize() > DIRECT_UPLOAD_BYTES) {
            listener.warn("The zip of " + function.name() + " is " + megabytes(summary.zipSize()) + ", over the "
                    + megabytes(DIRECT_UPLOAD_BYTES) + " Lambda accepts as a direct upload; deploy it through S3.");
        }
        return summary;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            listener.debug("could not delete " + file + ": " + e.getMessage());
        }
    }
}
