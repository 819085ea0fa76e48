package dev.lambdapackager.testkit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * For tests: runs an unzipped function in a container of its architecture, as Lambda would — its files at
 * {@code /var/task} with their modes and modification times, the host's network (so a loopback Runtime API
 * of the test is reachable), the given environment.
 */
public final class TaskRootContainer {

    private TaskRootContainer() {}

    /** The result of one run. */
    public record Result(int exitCode, String output) {}

    /**
     * Runs {@code command} in a container from {@code image} for {@code platform} ({@code linux/arm64}), with {@code taskRoot} copied to {@code /var/task};
     * each output line also goes to {@code lines} as it arrives.
     */
    public static Result run(
            String image,
            String platform,
            Path taskRoot,
            Map<String, String> environment,
            List<String> command,
            long timeoutSeconds,
            Consumer<String> lines)
            throws Exception {
        try (DockerClient client = TestDocker.client()) {
            CreateContainerResponse created = client.createContainerCmd(image)
                    .withPlatform(platform)
                    .withCmd(command)
                    .withEntrypoint(List.of())
                    .withEnv(environment.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .toList())
                    .withLabels(Map.of("dev.lambdapackager.test", "true"))
                    .withHostConfig(HostConfig.newHostConfig().withNetworkMode("host"))
                    .exec();
            String id = created.getId();
            try {
                client.copyArchiveToContainerCmd(id)
                        .withTarInputStream(new java.io.ByteArrayInputStream(tar(taskRoot)))
                        .withRemotePath("/")
                        .exec();
                client.startContainerCmd(id).exec();
                StringBuilder output = new StringBuilder();
                ByteArrayOutputStream partial = new ByteArrayOutputStream();
                ResultCallback.Adapter<Frame> logs = client.logContainerCmd(id)
                        .withStdOut(true)
                        .withStdErr(true)
                        .withFollowStream(true)
                        .exec(new ResultCallback.Adapter<>() {
                            @Override
                            public void onNext(Frame frame) {
                                synchronized (partial) {
                                    for (byte b : frame.getPayload()) {
                                        if (b == '\n') {
                                            String line = partial.toString(StandardCharsets.UTF_8);
                                            partial.reset();
                                            output.append(line).append('\n');
                                            lines.accept(line);
                                        } else {
                                            partial.write(b);
                                        }
                                    }
                                }
                            }
                        });
                Integer exit = client.waitContainerCmd(id).start().awaitStatusCode(timeoutSeconds, TimeUnit.SECONDS);
                logs.awaitCompletion(5, TimeUnit.SECONDS);
                synchronized (partial) {
                    output.append(partial.toString(StandardCharsets.UTF_8));
                }
                return new Result(exit, output.toString());
            } finally {
                client.removeContainerCmd(id).withForce(true).exec();
            }
        }
    }

    /** A tar of {@code taskRoot} under {@code var/task/}, keeping modes, symlinks and modification times. */
    static byte[] tar(Path taskRoot) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            List<Path> paths = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(taskRoot)) {
                walk.sorted().forEach(paths::add);
            }
            for (Path path : paths) {
                String name = "var/task/" + taskRoot.relativize(path).toString();
                TarArchiveEntry entry;
                if (Files.isSymbolicLink(path)) {
                    entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
                    entry.setLinkName(Files.readSymbolicLink(path).toString());
                } else {
                    entry = new TarArchiveEntry(
                            path.toFile(), Files.isDirectory(path) && !name.endsWith("/") ? name + "/" : name);
                }
                if (!Files.isSymbolicLink(path)) {
                    entry.setMode(
                            (Files.isDirectory(path) ? 040000 : 0100000) | (Files.isExecutable(path) ? 0755 : 0644));
                    entry.setModTime(Files.getLastModifiedTime(path).toMillis());
                }
                tar.putArchiveEntry(entry);
                if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    try (var in = Files.newInputStream(path)) {
                        in.transferTo(tar);
                    }
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
        return bytes.toByteArray();
    }

    /** Discards lines. */
    public static Consumer<String> quiet() {
        return line -> {};
    }
}
