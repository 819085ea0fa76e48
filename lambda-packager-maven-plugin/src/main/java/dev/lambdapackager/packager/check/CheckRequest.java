package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.archive.FolderEntries;
import dev.lambdapackager.packager.archive.ZipEntrySpec;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pipeline's first step: everything about a request that can be checked without an engine, in the order a user
 * fixes things (settings, then jars, then handlers, then extra files), before anything slow starts. Checks that
 * need more (a handler that must implement an interface, say) belong here too.
 */
public final class CheckRequest {

    private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private CheckRequest() {}

    /**
     * Checks {@code request}.
     *
     * @throws PackagingException naming the setting or input to change
     */
    public static CheckedRequest check(ArchiveRequest request) throws PackagingException {
        checkSettings(request);
        TrainingEvents.of(request); // a missing events folder fails fast, before any jar is read
        List<JarInput> jars = libraryJars(request.classpath());
        String launcher = RuntimeJar.launcherClass(request.classpath(), request.runtimeVersion());
        checkHandlers(request, jars);
        List<ZipEntrySpec> extraFiles = extraFiles(request);
        List<String> handlers = request.functions().stream().map(f -> f.handler().trim()).distinct().toList();
        return new CheckedRequest(request, jars, launcher, handlers, extraFiles);
    }

    private static void checkSettings(ArchiveRequest request) throws PackagingException {
        if (request.functions().isEmpty()) {
            throw new PackagingException(Code.NO_FUNCTION, "No function to package: name a handler class or list the functions.");
        }
        FunctionNames.check(request.functions());
        for (String module : request.additionalModules()) {
            if (!MODULE_NAME.matcher(module).matches()) {
                throw new PackagingException(Code.INVALID_MODULE_NAME, "Additional module '" + module
                        + "' is not a module name; use names such as jdk.crypto.ec or java.sql.");
            }
        }
        if (request.buildTimeout().isNegative() || request.buildTimeout().isZero()) {
            throw new PackagingException(Code.INVALID_BUILD_TIMEOUT, "The build timeout must be positive, not "
                    + request.buildTimeout().toSeconds() + " s.");
        }
        if (request.classpath().isEmpty() || !Files.isRegularFile(request.classpath().get(0).file())) {
            String file = request.classpath().isEmpty() ? "(none)" : request.classpath().get(0).file().toString();
            throw new PackagingException(Code.FUNCTION_JAR_MISSING, "The function's jar " + file
                    + " does not exist; run the package phase first (`mvn package`, or `mvn package lambda:archive`).");
        }
    }

    /** Names each jar for {@code lib/}: {@code artifactId-version.jar}, with the group added where two would clash. */
    private static List<JarInput> libraryJars(List<ClasspathEntry> classpath) throws PackagingException {
        Map<String, Long> counts = classpath.stream()
                .collect(Collectors.groupingBy(e -> e.simpleName().toLowerCase(Locale.ROOT), Collectors.counting()));
        List<JarInput> jars = new ArrayList<>();
        for (ClasspathEntry entry : classpath) {
            if (!Files.isRegularFile(entry.file())) {
                throw new PackagingException(Code.FUNCTION_JAR_MISSING, "Dependency " + entry.coordinates() + " resolved to "
                        + entry.file() + ", which is not a jar file; run the package phase so that it is packaged as a jar.");
            }
            String name = counts.get(entry.simpleName().toLowerCase(Locale.ROOT)) > 1
                    ? entry.groupId() + "." + entry.simpleName()
                    : entry.simpleName();
            jars.add(new JarInput(entry.file(), name.replaceAll("[^A-Za-z0-9._+-]", "_"), entry.coordinates()));
        }
        return jars;
    }

    private static void checkHandlers(ArchiveRequest request, List<JarInput> jars) throws PackagingException {
        ClassIndex index;
        try {
            index = ClassIndex.of(jars.stream().map(JarInput::file).toList());
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
        for (FunctionSpec function : request.functions()) {
            String handler = function.handler().trim();
            if (!CLASS_NAME.matcher(handler).matches()) {
                throw new PackagingException(Code.HANDLER_NOT_FOUND, "Handler '" + function.handler() + "' of function "
                        + function.name() + " is not a class name; give the fully qualified name of a class that implements"
                        + " StreamingLambdaHandler (or RequestStreamHandler), e.g. com.example.MyHandler.");
            }
            if (!index.contains(handler)) {
                List<String> near = index.nearMatches(handler);
                throw new PackagingException(Code.HANDLER_NOT_FOUND, "Handler class " + handler + " of function "
                        + function.name() + " is in none of the function's " + jars.size() + " jars."
                        + (near.isEmpty() ? " Check the package and class name." : " Did you mean: " + String.join(", ", near) + "?"));
            }
        }
    }

    /** The extra files' zip entries, checked: the folder exists and nothing in it clashes with the packager's own files. */
    private static List<ZipEntrySpec> extraFiles(ArchiveRequest request) throws PackagingException {
        if (request.extraFilesDirectory().isEmpty()) {
            return List.of();
        }
        Path directory = request.extraFilesDirectory().get();
        if (!Files.isDirectory(directory)) {
            throw new PackagingException(Code.INVALID_EXTRA_FILES, "The extra files directory " + directory
                    + " does not exist or is not a folder.");
        }
        List<ZipEntrySpec> extra;
        try {
            extra = FolderEntries.of(directory, "");
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the extra files in " + directory + ": " + e.getMessage(), e);
        }
        for (ZipEntrySpec entry : extra) {
            String top = entry.path().contains("/") ? entry.path().substring(0, entry.path().indexOf('/')) : entry.path();
            if (top.equals("bootstrap") || top.equals("lib") || top.equals("jre")) {
                throw new PackagingException(Code.INVALID_EXTRA_FILES, "The extra files include " + directory.resolve(top)
                        + ", which would replace the packager's own " + top + (top.equals("bootstrap") ? "" : "/")
                        + "; move it elsewhere in " + directory + " (bootstrap, lib/ and jre/ are written by the packager;"
                        + " JVM flags go in the jvmOptions setting).");
            }
        }
        return extra;
    }
}
