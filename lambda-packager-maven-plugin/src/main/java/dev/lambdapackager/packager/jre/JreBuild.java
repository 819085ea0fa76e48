package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.JarInput;
import dev.lambdapackager.packager.PackagerListener;
import dev.lambdapackager.packager.PackagingException;
import dev.lambdapackager.packager.PackagingException.Code;
import dev.lambdapackager.packager.archive.PrecompressedTree;
import dev.lambdapackager.packager.archive.SafeTarExtractor;
import dev.lambdapackager.packager.archive.UnsafeTarEntryException;
import dev.lambdapackager.packager.container.BuilderContainer;
import dev.lambdapackager.packager.container.BuilderImage;
import dev.lambdapackager.packager.container.DockerEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * One run of the build script in a builder container: the jars and the script go in as a tar, the script's
 * output streams to the listener, the linked JRE and the script's notes come out as tars into a staging
 * folder. The container is removed whatever happens.
 */
public final class JreBuild {

    /** How many of the script's last lines a failure message quotes. */
    static final int TAIL_LINES = 25;

    private static final String WORK = "lambda-packager";
    /** The build script's exit status when a training start failed (it printed TRAINING-* lines). */
    private static final int TRAINING_FAILED = 3;

    private final DockerEngine engine;
    private final BuilderImage image;
    private final Duration timeout;
    private final PackagerListener listener;

    public JreBuild(DockerEngine engine, BuilderImage image, Duration timeout, PackagerListener listener) {
        this.engine = engine;
        this.image = image;
        this.timeout = timeout;
        this.listener = listener;
    }

    /**
     * Builds the JRE for {@code inputs} into {@code staging} (an empty folder).
     *
     * @throws PackagingException {@link Code#BUILD_SCRIPT_FAILED} with the exit code and the last lines of
     *     output, {@link Code#BUILD_TIMEOUT}, or a container or I/O failure
     */
    public BuiltJre run(JreInputs inputs, Path staging) throws PackagingException {
        Path inputTar = staging.resolveSibling(staging.getFileName() + ".inputs.tar");
        Deque<String> tail = new ArrayDeque<>();
        TrainingFailure.Collector training = new TrainingFailure.Collector();
        try {
            writeInputs(inputs, inputTar);
            try (BuilderContainer container = BuilderContainer.create(engine, image,
                    List.of("/bin/sh", "/" + WORK + "/build.sh"), Map.of(), null)) {
                try (InputStream in = Files.newInputStream(inputTar)) {
                    container.copyIn(in, "/");
                }
                int exit = container.run(timeout, line -> {
                    if (training.accept(line)) {
                        listener.debug("[builder] " + line); // reported once, in the failure or warning below
                        return;
                    }
                    if (tail.size() == TAIL_LINES) {
                        tail.removeFirst();
                    }
                    tail.addLast(line);
                    if (line.startsWith("WARNING:")) {
                        listener.warn("[builder] " + line.substring("WARNING:".length()).trim());
                    } else {
                        listener.info("[builder] " + line);
                    }
                });
                List<TrainingFailure> failures = training.failures();
                if (exit == TRAINING_FAILED && !failures.isEmpty()) {
                    throw failures.get(failures.size() - 1).toException(inputs.excludeModules());
                }
                for (TrainingFailure failure : failures) {
                    listener.warn(failure.toException(inputs.excludeModules()).getMessage()
                            + " (packaged anyway: initFailure is warn)");
                }
                if (exit != 0) {
                    throw new PackagingException(Code.BUILD_SCRIPT_FAILED, "The build script in builder image "
                            + image.reference() + " exited with code " + exit + ". Its last lines:\n  "
                            + String.join("\n  ", tail));
                }
                long exited = System.nanoTime();
                extract(container, "/var/task/jre", staging, 0);
                extract(container, "/" + WORK + "/out", staging.resolve(BuiltJre.BUILD), 1);
                Files.writeString(staging.resolve(BuiltJre.BUILD).resolve(BuiltJre.IMAGE_ID), image.id() + "\n");
                listener.debug("copied the JRE out of the container in " + millisSince(exited) + " ms");
            }
            if (inputs.stripNativeSymbols()) {
                long saved = NativeSymbolStripper.stripAll(staging.resolve(BuiltJre.JRE));
                listener.info(String.format(java.util.Locale.ROOT,
                        "Removed the native symbol tables of the JRE's libraries: %.1f MB less", saved / 1_000_000.0));
            }
            long compressing = System.nanoTime();
            PrecompressedTree.write(staging.resolve(BuiltJre.JRE), staging.resolve(BuiltJre.PRECOMPRESSED));
            listener.debug("deflated the JRE in " + millisSince(compressing) + " ms");
            return BuiltJre.read(staging);
        } catch (PackagingException e) {
            if (e.code() == Code.BUILD_TIMEOUT) {
                throw new PackagingException(Code.BUILD_TIMEOUT, e.getMessage() + " Its last lines:\n  "
                        + String.join("\n  ", tail), e);
            }
            throw e;
        } catch (UnsafeTarEntryException e) {
            throw new PackagingException(Code.UNSAFE_ARCHIVE_ENTRY, "The builder container returned an unsafe archive: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot move the build through " + staging + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(inputTar);
            } catch (IOException e) {
                listener.debug("could not delete " + inputTar + ": " + e.getMessage());
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void extract(BuilderContainer container, String path, Path destination, int strip)
            throws PackagingException, IOException {
        try (InputStream tar = container.copyOut(path)) {
            new SafeTarExtractor(strip).extract(tar, destination);
        }
    }

    /** The tar unpacked at {@code /}: the script, the training stand-in, and the jars with the zip's mtime. */
    private static void writeInputs(JreInputs inputs, Path tarFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(tarFile);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            long now = System.currentTimeMillis();
            directory(tar, WORK + "/", now);
            directory(tar, WORK + "/out/", now);
            file(tar, WORK + "/build.sh", JreBuildScript.text(inputs).getBytes(StandardCharsets.UTF_8), 0755, now);
            String training = WORK + "/training" + JreBuildScript.TRAINING_CLASS_RESOURCE;
            for (String dir = training.substring(0, training.indexOf('/') + 1); ; ) {
                int next = training.indexOf('/', dir.length());
                if (next < 0) {
                    break;
                }
                dir = training.substring(0, next + 1);
                directory(tar, dir, now);
            }
            file(tar, training, JreBuildScript.trainingClass(), 0644, now);
            directory(tar, "var/task/", now);
            directory(tar, "var/task/lib/", now);
            long jarTime = inputs.jarTime().toEpochMilli();
            for (JarInput jar : inputs.jars()) {
                TarArchiveEntry entry = new TarArchiveEntry(jar.file().toFile(), "var/task/lib/" + jar.name());
                entry.setMode(0100644);
                entry.setModTime(jarTime);
                entry.setIds(0, 0);
                entry.setNames("root", "root");
                tar.putArchiveEntry(entry);
                Files.copy(jar.file(), tar);
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    private static void directory(TarArchiveOutputStream tar, String name, long time) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(040755);
        entry.setModTime(time);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] content, int mode, long time) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(0100000 | mode);
        entry.setSize(content.length);
        entry.setModTime(time);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
