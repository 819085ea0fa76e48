package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.archive.FolderEntries;
import dev.lambdapackager.packager.archive.ZipEntrySpec;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.packager.model.PackagerListener;
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

    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private CheckRequest() {}

    /**
     * Checks {@code request}.
     *
     * @throws PackagingException naming the setting or input to change
     */
    public static CheckedRequest check(ArchiveRequest request) throws PackagingException {
        return check(request, PackagerListener.silent());
    }

    /**
     * Checks {@code request}, telling {@code listener} about jars left out of {@code lib/} or sharing classes.
     *
     * @throws PackagingException naming the setting or input to change
     */
    public static CheckedRequest check(ArchiveRequest request, PackagerListener listener) throws PackagingException {
        checkSettings(request);
        TrainingEvents.of(request); // a missing events folder fails fast, before any jar is read
        List<JarInput> jars = withoutContainedJars(libraryJars(request), listener);
        String launcher = RuntimeJar.launcherClass(request.classpath(), request.runtimeVersion());
        checkHandlers(request, jars, listener);
        List<ZipEntrySpec> extraFiles = extraFiles(request);
        List<String> handlers = request.functions().stream()
                .map(f -> f.handler().trim())
                .distinct()
                .toList();
        return new CheckedRequest(request, jars, launcher, handlers, extraFiles);
    }

    private static void checkSettings(ArchiveRequest request) throws PackagingException {
        if (request.functions().isEmpty()) {
            throw new PackagingException(
                    Code.NO_FUNCTION, "No function to package: name a handler class or list the functions.");
        }
        FunctionNames.check(request.functions());
        for (String module : request.additionalModules()) {
            if (!MODULE_NAME.matcher(module).matches()) {
                throw new PackagingException(
                        Code.INVALID_MODULE_NAME,
                        "Additional module '" + module
                                + "' is not a module name; use names such as jdk.crypto.ec or java.sql.");
            }
        }
        for (String module : request.excludeModules()) {
            if (!MODULE_NAME.matcher(module).matches() || module.equals("java.base")) {
                throw new PackagingException(
                        Code.INVALID_EXCLUDE_MODULES,
                        "Module to exclude '" + module + "' is "
                                + (module.equals("java.base")
                                        ? "java.base, which every JRE needs"
                                        : "not a module name")
                                + "; name modules jdeps found that the function does not need, such as java.desktop.");
            }
            if (request.additionalModules().contains(module)) {
                throw new PackagingException(
                        Code.INVALID_EXCLUDE_MODULES,
                        "Module " + module + " is both to be added"
                                + " (additionalModules) and excluded (excludeModules); keep it in one of them.");
            }
        }
        try {
            request.jvmArguments();
        } catch (IllegalArgumentException e) {
            throw new PackagingException(
                    Code.INVALID_JVM_OPTIONS,
                    "Cannot split the JVM options into arguments: " + e.getMessage()
                            + "; close the quote, or escape it with a backslash to pass it on.",
                    e);
        }
        if (request.buildTimeout().isNegative() || request.buildTimeout().isZero()) {
            throw new PackagingException(
                    Code.INVALID_BUILD_TIMEOUT,
                    "The build timeout must be positive, not "
                            + request.buildTimeout().toSeconds() + " s.");
        }
        if (request.classpath().isEmpty()
                || !Files.exists(request.classpath().get(0).file())) {
            String file = request.classpath().isEmpty()
                    ? "(none)"
                    : request.classpath().get(0).file().toString();
            throw new PackagingException(
                    Code.FUNCTION_JAR_MISSING,
                    "The function's jar " + file
                            + " does not exist; run the package phase first (`mvn package`, or `mvn package lambda:archive`).");
        }
    }

    /**
     * Names each jar for {@code lib/}: {@code artifactId-version.jar}, with the group added where two would clash. A
     * classes folder (compile without package, or a reactor sibling) is packed into a reproducible jar first.
     */
    private static List<JarInput> libraryJars(ArchiveRequest request) throws PackagingException {
        List<ClasspathEntry> classpath = request.classpath();
        Map<String, Long> counts = classpath.stream()
                .collect(Collectors.groupingBy(e -> e.simpleName().toLowerCase(Locale.ROOT), Collectors.counting()));
        List<JarInput> jars = new ArrayList<>();
        for (ClasspathEntry entry : classpath) {
            String name = (counts.get(entry.simpleName().toLowerCase(Locale.ROOT)) > 1
                            ? entry.groupId() + "." + entry.simpleName()
                            : entry.simpleName())
                    .replaceAll("[^A-Za-z0-9._+-]", "_");
            Path file = entry.file();
            if (Files.isDirectory(file)) {
                try {
                    file = ClassesDirectoryJar.pack(
                            file,
                            request.workDirectory().resolve("classes-jars").resolve(name),
                            request.timestamp());
                } catch (IOException e) {
                    throw new PackagingException(
                            Code.IO_FAILURE,
                            "Cannot pack the classes folder " + entry.file() + " of " + entry.coordinates()
                                    + " into a jar: " + e.getMessage(),
                            e);
                }
            } else if (!Files.isRegularFile(file)) {
                throw new PackagingException(
                        Code.FUNCTION_JAR_MISSING,
                        "Dependency " + entry.coordinates() + " resolved to "
                                + entry.file() + ", which does not exist; run the package phase so that it is built"
                                + " (`mvn package`, or `mvn package lambda:archive`).");
            }
            jars.add(new JarInput(file, name, entry.coordinates()));
        }
        return jars;
    }

    private static List<JarInput> withoutContainedJars(List<JarInput> jars, PackagerListener listener)
            throws PackagingException {
        try {
            JarOverlap overlap = JarOverlap.of(jars);
            overlap.report(listener);
            return overlap.kept();
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }

    private static void checkHandlers(ArchiveRequest request, List<JarInput> jars, PackagerListener listener)
            throws PackagingException {
        try (HandlerCheck check =
                HandlerCheck.of(jars.stream().map(JarInput::file).toList())) {
            for (FunctionSpec function : request.functions()) {
                HandlerCheck.Form form = check.check(function);
                listener.debug("handler " + function.handler() + " of " + function.name() + ": " + form.label());
            }
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read the function's jars: " + e.getMessage(), e);
        }
    }

    /** The extra files' zip entries, checked: the folder exists and nothing in it clashes with the packager's own files. */
    private static List<ZipEntrySpec> extraFiles(ArchiveRequest request) throws PackagingException {
        if (request.extraFilesDirectory().isEmpty()) {
            return List.of();
        }
        Path directory = request.extraFilesDirectory().get();
        if (!Files.isDirectory(directory)) {
            throw new PackagingException(
                    Code.INVALID_EXTRA_FILES,
                    "The extra files directory " + directory + " does not exist or is not a folder.");
        }
        List<ZipEntrySpec> extra;
        try {
            extra = FolderEntries.of(directory, "");
        } catch (IOException e) {
            throw new PackagingException(
                    Code.IO_FAILURE, "Cannot read the extra files in " + directory + ": " + e.getMessage(), e);
        }
        for (ZipEntrySpec entry : extra) {
            String top = entry.path().contains("/")
                    ? entry.path().substring(0, entry.path().indexOf('/'))
                    : entry.path();
            if (top.equals("bootstrap") || top.equals("lib") || top.equals("jre")) {
                throw new PackagingException(
                        Code.INVALID_EXTRA_FILES,
                        "The extra files include " + directory.resolve(top)
                                + ", which would replace the packager's own " + top
                                + (top.equals("bootstrap") ? "" : "/")
                                + "; move it elsewhere in " + directory
                                + " (bootstrap, lib/ and jre/ are written by the packager;"
                                + " JVM flags go in the jvmOptions setting).");
            }
        }
        return extra;
    }
}
