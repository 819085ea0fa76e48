package dev.lambdapackager.packager.container;

import dev.lambdapackager.packager.archive.SafeTarExtractor;
import dev.lambdapackager.packager.archive.UnsafeTarEntryException;
import dev.lambdapackager.packager.jre.ClassDataJob;
import dev.lambdapackager.packager.jre.ImageCheck;
import dev.lambdapackager.packager.jre.JreBuildScript;
import dev.lambdapackager.packager.jre.JreBuilder;
import dev.lambdapackager.packager.jre.LinkJob;
import dev.lambdapackager.packager.jre.TrainingFailure;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.packager.model.PackagerListener;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.packager.model.PullPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The {@link JreBuilder} that runs each phase of the build script in a builder container of its own: the inputs go
 * in as one tar (the script, the training stand-in, the jars with the zip's mtime, and for the class-data phase the
 * cached JRE), the script's output streams to the listener, and the results come out as tars into the staging
 * folder. The container is removed whatever happens.
 */
public final class DockerJreBuilder implements JreBuilder {

    /** How many of the script's last lines a failure message quotes. */
    static final int TAIL_LINES = 25;

    private static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration HIT_CHECK_TIMEOUT = Duration.ofSeconds(1);
    private static final String WORK = "lambda-packager";

    private final PackagerListener listener;
    /** The build script's exit status when a training start failed (it printed TRAINING-* lines). */
    private static final int TRAINING_FAILED = 3;
    /** The build script's exit status when the jars need another module set than the class-data job expected. */
    private static final int MODULES_CHANGED = 4;
    /** How long closing waits for a probe still asking the engine (its ping times out within a second). */
    private static final Duration PROBE_JOIN = Duration.ofSeconds(3);

    private final List<ImageIdProbe> probes = new ArrayList<>();
    private DockerEngine engine;
    private BuilderImage image;
    /** Whether the engine emulates the image's architecture, once asked. */
    private Boolean emulated;

    public DockerJreBuilder(PackagerListener listener) {
        this.listener = listener;
    }

    @Override
    public ImageCheck checkImage(String reference) {
        ImageIdProbe probe = ImageIdProbe.start(reference, HIT_CHECK_TIMEOUT);
        probes.add(probe);
        return new ImageCheck() {
            @Override
            public Outcome outcome(Duration limit) {
                return switch (probe.outcome(limit)) {
                    case PRESENT -> Outcome.PRESENT;
                    case ABSENT -> Outcome.ABSENT;
                    case NO_ENGINE -> Outcome.NO_ENGINE;
                };
            }

            @Override
            public Optional<String> id() {
                return probe.id();
            }

            @Override
            public String engine() {
                return probe.engine();
            }
        };
    }

    @Override
    public String prepare(String reference, Architecture architecture, PullPolicy policy) throws PackagingException {
        if (engine == null) {
            engine = DockerEngine.connect(ENGINE_TIMEOUT);
            listener.info("Docker engine: " + engine.endpoint().describe());
        }
        image = BuilderImage.ensure(engine, reference, architecture, policy, listener);
        return image.id();
    }

    @Override
    public boolean emulated() {
        if (emulated == null) {
            String host;
            try {
                host = engine.client().infoCmd().exec().getArchitecture();
            } catch (RuntimeException e) {
                host = null;
            }
            Architecture target = image.architecture();
            emulated = host != null && !target.isEngineArchitecture(host);
            listener.debug("the engine runs on " + host + "; the " + target + " builder "
                    + (emulated ? "is emulated" : "runs natively"));
        }
        return emulated;
    }

    @Override
    public void link(LinkJob job, Path staging) throws PackagingException {
        List<JarInput> jars = job.modules().isEmpty() ? job.jars() : List.of();
        run(
                JreBuildScript.link(job),
                jars,
                Instant.EPOCH,
                null,
                Map.of(),
                job.timeout(),
                staging,
                Map.of("/var/task/jre", staging),
                List.of(),
                false);
    }

    @Override
    public Optional<List<String>> makeClassData(ClassDataJob job, Path staging) throws PackagingException {
        int exit = run(
                JreBuildScript.classData(job),
                job.jars(),
                job.jarTime(),
                job.jre(),
                job.trainingEvents(),
                job.timeout(),
                staging,
                Map.of("/" + WORK + "/class-data", staging),
                job.excludeModules(),
                !job.expectedModules().isEmpty());
        if (exit != MODULES_CHANGED) {
            return Optional.empty();
        }
        try {
            String modules = Files.readString(staging.resolve("build/modules"), StandardCharsets.UTF_8)
                    .trim();
            return Optional.of(List.of(modules.split(",")));
        } catch (IOException e) {
            throw new PackagingException(
                    Code.BUILD_SCRIPT_FAILED,
                    "The build script in builder image " + image.reference() + " wrote no module list: "
                            + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() {
        // No thread of ours may outlive the build: once Maven closes the plugin's class realm, a probe still running
        // fails with NoClassDefFoundError. Each answers within its ping timeout; wait for them on every path.
        for (ImageIdProbe probe : probes) {
            probe.outcome(PROBE_JOIN);
        }
        probes.clear();
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    /**
     * One container run of {@code script}; {@code outputs} maps each container folder to the local folder it is
     * extracted into (keeping its last name); the script's notes go to {@code staging/build}.
     *
     * @param modulesMayChange whether exit status {@value #MODULES_CHANGED} is an answer (only the notes are copied out
     *     then) rather than a failure
     * @return the script's exit status: 0, or {@value #MODULES_CHANGED} when allowed
     */
    private int run(
            String script,
            List<JarInput> jars,
            Instant jarTime,
            Path jre,
            Map<String, List<Path>> events,
            Duration timeout,
            Path staging,
            Map<String, Path> outputs,
            List<String> excludeModules,
            boolean modulesMayChange)
            throws PackagingException {
        if (image == null) {
            throw new IllegalStateException("prepare() first");
        }
        Deque<String> tail = new ArrayDeque<>();
        TrainingFailure.Collector training = new TrainingFailure.Collector();
        try {
            try (BuilderContainer container = BuilderContainer.create(
                    engine, image, List.of("/bin/sh", "/" + WORK + "/build.sh"), Map.of(), null)) {
                // Streamed as it is written: a cached JRE's tar is some 60 MB, and writing it to a file first took
                // as long again as the engine takes to unpack it.
                try (StreamedTar inputs = StreamedTar.start(
                        "lambda-packager-inputs", out -> writeInputs(script, jars, jarTime, jre, events, out))) {
                    try {
                        container.copyIn(inputs.input(), "/");
                    } catch (PackagingException e) {
                        inputs.throwIfWriterFailedFirst();
                        throw e;
                    }
                    inputs.finish();
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
                        listener.warn("[builder] "
                                + line.substring("WARNING:".length()).trim());
                    } else {
                        listener.info("[builder] " + line);
                    }
                });
                if (exit == MODULES_CHANGED && modulesMayChange) {
                    extract(container, "/" + WORK + "/out", staging.resolve("build"), 1);
                    return exit;
                }
                List<TrainingFailure> failures = training.failures();
                if (exit == TRAINING_FAILED && !failures.isEmpty()) {
                    throw failures.get(failures.size() - 1).toException(excludeModules);
                }
                for (TrainingFailure failure : failures) {
                    listener.warn(failure.toException(excludeModules).getMessage()
                            + " (packaged anyway: initFailure is warn)");
                }
                if (exit != 0) {
                    throw new PackagingException(
                            Code.BUILD_SCRIPT_FAILED,
                            "The build script in builder image "
                                    + image.reference() + " exited with code " + exit + ". Its last lines:\n  "
                                    + String.join("\n  ", tail));
                }
                long exited = System.nanoTime();
                for (Map.Entry<String, Path> output : outputs.entrySet()) {
                    extract(container, output.getKey(), output.getValue(), 0);
                }
                extract(container, "/" + WORK + "/out", staging.resolve("build"), 1);
                listener.debug("copied the results out of the container in " + (System.nanoTime() - exited) / 1_000_000
                        + " ms");
                return exit;
            }
        } catch (PackagingException e) {
            if (e.code() == Code.BUILD_TIMEOUT) {
                throw new PackagingException(
                        Code.BUILD_TIMEOUT, e.getMessage() + " Its last lines:\n  " + String.join("\n  ", tail), e);
            }
            throw e;
        } catch (UnsafeTarEntryException e) {
            throw new PackagingException(
                    Code.UNSAFE_ARCHIVE_ENTRY,
                    "The builder container returned an unsafe archive: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new PackagingException(
                    Code.IO_FAILURE, "Cannot move the build through " + staging + ": " + e.getMessage(), e);
        }
    }

    private static void extract(BuilderContainer container, String path, Path destination, int strip)
            throws PackagingException, IOException {
        try (InputStream tar = container.copyOut(path)) {
            new SafeTarExtractor(strip).extract(tar, destination);
        }
    }

    /**
     * The tar unpacked at {@code /}: the script, the training stand-in, the jars with the zip's mtime, and the linked
     * JRE when the class data is made with a cached one.
     */
    private static void writeInputs(
            String script,
            List<JarInput> jars,
            Instant jarTime,
            Path jre,
            Map<String, List<Path>> events,
            OutputStream out)
            throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            long now = System.currentTimeMillis();
            directory(tar, WORK + "/", now);
            directory(tar, WORK + "/out/", now);
            file(tar, WORK + "/build.sh", script.getBytes(StandardCharsets.UTF_8), 0755, now);
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
            // Each function's training events under training-events/<Function>/, keeping their names (served in name
            // order).
            directory(tar, WORK + "/training-events/", now);
            for (Map.Entry<String, List<Path>> function : events.entrySet()) {
                if (function.getValue().isEmpty()) {
                    continue;
                }
                directory(tar, WORK + "/training-events/" + function.getKey() + "/", now);
                for (Path event : function.getValue()) {
                    file(
                            tar,
                            WORK + "/training-events/" + function.getKey() + "/" + event.getFileName(),
                            Files.readAllBytes(event),
                            0644,
                            now);
                }
            }
            directory(tar, "var/task/", now);
            directory(tar, "var/task/lib/", now);
            for (JarInput jar : jars) {
                TarArchiveEntry entry = new TarArchiveEntry(jar.file().toFile(), "var/task/lib/" + jar.name());
                entry.setMode(0100644);
                entry.setModTime(jarTime.toEpochMilli());
                entry.setIds(0, 0);
                entry.setNames("root", "root");
                tar.putArchiveEntry(entry);
                Files.copy(jar.file(), tar);
                tar.closeArchiveEntry();
            }
            if (jre != null) {
                tree(tar, jre, "var/task/jre/", now);
            }
            tar.finish();
        }
    }

    /** A folder tree (the linked JRE) with its modes and links, as {@code prefix...}. */
    private static void tree(TarArchiveOutputStream tar, Path root, String prefix, long time) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            String relative = root.relativize(path).toString().replace('\\', '/');
            String name = prefix + relative;
            if (Files.isSymbolicLink(path)) {
                TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                entry.setLinkName(Files.readSymbolicLink(path).toString());
                entry.setModTime(time);
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                directory(tar, relative.isEmpty() ? prefix : name + "/", time);
            } else {
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setMode(0100000 | mode(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)));
                entry.setSize(Files.size(path));
                entry.setModTime(time);
                tar.putArchiveEntry(entry);
                Files.copy(path, tar);
                tar.closeArchiveEntry();
            }
        }
    }

    private static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= switch (permission) {
                case OWNER_READ -> 0400;
                case OWNER_WRITE -> 0200;
                case OWNER_EXECUTE -> 0100;
                case GROUP_READ -> 040;
                case GROUP_WRITE -> 020;
                case GROUP_EXECUTE -> 010;
                case OTHERS_READ -> 04;
                case OTHERS_WRITE -> 02;
                case OTHERS_EXECUTE -> 01;
            };
        }
        return mode;
    }

    private static void directory(TarArchiveOutputStream tar, String name, long time) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(040755);
        entry.setModTime(time);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] content, int mode, long time)
            throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(0100000 | mode);
        entry.setSize(content.length);
        entry.setModTime(time);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
