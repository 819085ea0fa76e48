package dev.lambdapackager.packager.container;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.StreamType;
import dev.lambdapackager.packager.invoke.InvocationResult;
import dev.lambdapackager.packager.invoke.InvokeException;
import dev.lambdapackager.packager.invoke.InvokeException.Code;
import dev.lambdapackager.packager.invoke.InvokeListener;
import dev.lambdapackager.packager.invoke.LambdaEnvironment;
import dev.lambdapackager.packager.invoke.ResponseSink;
import dev.lambdapackager.packager.invoke.Sandbox;
import dev.lambdapackager.packager.invoke.SandboxSpec;
import dev.lambdapackager.packager.invoke.runtimeapi.Frame;
import dev.lambdapackager.packager.invoke.runtimeapi.FrameDecoder;
import dev.lambdapackager.packager.invoke.runtimeapi.SandboxConversation;
import dev.lambdapackager.packager.invoke.runtimeapi.SandboxRuntimeApi;
import dev.lambdapackager.packager.model.PackagingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Sandbox} in a container shaped like Lambda's execution environment: the zip's architecture (emulated
 * where the engine's host differs), the zip at {@code /var/task} copied in as a tar (no bind mounts, so remote
 * engines work), owned by root and run as a non-root user, {@code /tmp} a 512 MB tmpfs, the memory limited to the
 * function's memory, no network (only the container's own loopback, where {@link SandboxRuntimeApi} serves), no
 * capabilities. The event goes in on the container's stdin and the response comes out on its stdout; the
 * function's log comes out on its stderr.
 */
public final class DockerSandbox implements Sandbox {

    /** Label put on every sandbox container, so a leftover one can be found. */
    public static final String LABEL = "dev.lambdapackager.sandbox";
    /** Lambda runs functions as an unprivileged user; these are its ids on Amazon Linux 2023. */
    static final String USER = "993:990";
    /** Where the in-container Runtime API's class file goes: Lambda's runtime folder, outside /var/task. */
    static final String RUNTIME_API_DIR = "/var/runtime/lambda-packager";
    /** How long to wait for the sandbox beyond the function's own timeout before calling it broken. */
    private static final Duration GRACE = Duration.ofSeconds(60);

    private static final int STDERR_TAIL = 4096;
    /** Memory added to an emulated sandbox's limit, for the emulator (see emulationHeadroomMb). */
    static final int EMULATION_HEADROOM_MB = 256;

    private final DockerEngine engine;
    private final OwnedContainer container;
    private final SandboxConversation conversation;
    private final ResultCallback.Adapter<com.github.dockerjava.api.model.Frame> attached;

    private DockerSandbox(
            DockerEngine engine,
            OwnedContainer container,
            SandboxConversation conversation,
            ResultCallback.Adapter<com.github.dockerjava.api.model.Frame> attached) {
        this.engine = engine;
        this.container = container;
        this.conversation = conversation;
        this.attached = attached;
    }

    /** A factory that connects to the engine docker-java's configuration names, once per sandbox. */
    public static Sandbox.Factory factory() {
        return (spec, listener) -> {
            DockerEngine engine;
            try {
                engine = DockerEngine.connect(Duration.ofSeconds(10));
            } catch (PackagingException e) {
                throw new InvokeException(Code.ENGINE_UNREACHABLE, e.getMessage(), e);
            }
            try {
                return open(engine, spec, listener);
            } catch (InvokeException | RuntimeException e) {
                engine.close();
                throw e;
            }
        };
    }

    /**
     * Makes the container, copies the zip in, attaches to it and starts it. The function initialises right away.
     *
     * @throws InvokeException when the image is missing or wrong, or the engine refuses
     */
    public static DockerSandbox open(DockerEngine engine, SandboxSpec spec, InvokeListener listener)
            throws InvokeException {
        InvokeImage.ensure(engine, spec.image(), spec.architecture(), spec.pullPolicy(), listener);
        int headroomMb = emulationHeadroomMb(engine, spec, listener);
        OwnedContainer container = create(engine, spec, headroomMb);
        String id = container.id();
        DockerSandbox sandbox = null;
        try {
            copyIn(engine, id, spec.zip());
            BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
            PipedOutputStream stdin = new PipedOutputStream();
            PipedInputStream containerStdin = new PipedInputStream(stdin, 1 << 16);
            Streams streams = new Streams(frames, listener);
            engine.client()
                    .attachContainerCmd(id)
                    .withStdIn(containerStdin)
                    .withStdOut(true)
                    .withStdErr(true)
                    .withFollowStream(true)
                    .exec(streams);
            streams.awaitStarted(30, TimeUnit.SECONDS);
            SandboxConversation conversation =
                    new SandboxConversation(stdin, frames, spec.timeout().plus(GRACE));
            sandbox = new DockerSandbox(engine, container, conversation, streams);
            engine.client().startContainerCmd(id).exec();
            listener.debug("Sandbox container " + id.substring(0, 12) + " started from " + spec.image() + " ("
                    + spec.architecture().platform() + ", " + spec.memoryMb() + " MB)");
            return sandbox;
        } catch (InvokeException e) {
            discard(container, sandbox);
            throw e;
        } catch (IOException e) {
            discard(container, sandbox);
            throw new InvokeException(
                    Code.SANDBOX_FAILED, "Cannot attach to the sandbox container: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(container, sandbox);
            throw new InvokeException(Code.INTERRUPTED, "Interrupted while the sandbox started", e);
        } catch (DockerException | DockerClientException e) {
            discard(container, sandbox);
            throw new InvokeException(
                    Code.SANDBOX_FAILED,
                    "The Docker engine cannot start the sandbox container: " + DockerEngine.rootMessage(e),
                    e);
        }
    }

    /** Removes a sandbox that failed to open: all of it once it exists, else its container. */
    private static void discard(OwnedContainer container, DockerSandbox sandbox) {
        if (sandbox != null) {
            sandbox.close();
        } else {
            container.close();
        }
    }

    /**
     * Extra memory for a sandbox the engine's host emulates: under qemu a JVM takes several times its native memory
     * (measured: the sample's JVM alone peaks at 94 MB emulated against ~30 MB native), and a 128 MB function would
     * be killed before its first event. The function still sees its own memory size.
     */
    private static int emulationHeadroomMb(DockerEngine engine, SandboxSpec spec, InvokeListener listener) {
        String host;
        try {
            host = engine.client().infoCmd().exec().getArchitecture();
        } catch (RuntimeException e) {
            return 0;
        }
        if (host == null || spec.architecture().isEngineArchitecture(host)) {
            return 0;
        }
        listener.info(
                "The engine runs on " + host + ": the " + spec.architecture() + " sandbox is emulated, so its memory"
                        + " limit is " + spec.memoryMb() + " + " + EMULATION_HEADROOM_MB
                        + " MB for the emulator, and Max Memory"
                        + " Used includes the emulator's share.");
        return EMULATION_HEADROOM_MB;
    }

    private static OwnedContainer create(DockerEngine engine, SandboxSpec spec, int headroomMb) throws InvokeException {
        long memory = (spec.memoryMb() + headroomMb) * 1024L * 1024L;
        Map<String, String> environment = new LinkedHashMap<>(spec.environment());
        List<String> env = new ArrayList<>();
        environment.forEach((name, value) -> env.add(name + "=" + value));
        env.add(LambdaEnvironment.FUNCTION_VARIABLES + "=" + String.join(",", environment.keySet()));
        // sh drops the JVM variables an image may set (Corretto sets JAVA_TOOL_OPTIONS): Lambda sets none.
        List<String> command = List.of(
                "/bin/sh",
                "-c",
                "unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS _JAVA_OPTIONS; exec \"$@\"",
                "sh",
                "/var/task/jre/bin/java",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData",
                "-Xss256k",
                "-Xms4m",
                "-Xmx16m",
                "-XX:MaxMetaspaceSize=24m",
                "-XX:ReservedCodeCacheSize=8m",
                "-cp",
                RUNTIME_API_DIR,
                SandboxRuntimeApi.class.getName(),
                Long.toString(spec.timeout().toMillis()),
                spec.functionArn());
        CreateContainerCmd cmd = engine.client()
                .createContainerCmd(spec.image())
                .withPlatform(spec.architecture().platform())
                .withEntrypoint(command)
                .withCmd(List.of())
                .withEnv(env)
                .withUser(USER)
                .withWorkingDir("/var/task")
                .withLabels(Map.of(LABEL, "true"))
                .withTty(false)
                .withAttachStdin(true)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withStdinOpen(true)
                .withStdInOnce(true)
                .withHostConfig(HostConfig.newHostConfig()
                        .withNetworkMode("none")
                        .withMemory(memory)
                        .withMemorySwap(memory)
                        .withTmpFs(Map.of("/tmp", "rw,exec,size=512m,mode=1777"))
                        .withCapDrop(Capability.ALL)
                        .withSecurityOpts(List.of("no-new-privileges"))
                        .withPidsLimit(1024L));
        try {
            return OwnedContainer.create(engine, cmd, spec.image(), spec.architecture(), "sandbox container");
        } catch (OwnedContainer.Refusal e) {
            Code code =
                    switch (e.kind()) {
                        case IMAGE_MISSING -> Code.IMAGE_MISSING;
                        case WRONG_ARCHITECTURE -> Code.IMAGE_WRONG_ARCHITECTURE;
                        case OTHER -> Code.SANDBOX_FAILED;
                    };
            throw new InvokeException(code, e.getMessage(), e.getCause());
        }
    }

    /** Copies the zip (to /var/task) and the Runtime API's class file in, streaming the tar as it is written. */
    private static void copyIn(DockerEngine engine, String id, Path zip) throws InvokeException {
        Map<String, byte[]> extra = Map.of(
                RUNTIME_API_DIR.substring(1) + "/" + classFile(SandboxRuntimeApi.class),
                classBytes(SandboxRuntimeApi.class));
        try (StreamedTar tar =
                StreamedTar.start("lambda-packager-sandbox-inputs", out -> SandboxTar.write(zip, extra, out))) {
            try {
                engine.client()
                        .copyArchiveToContainerCmd(id)
                        .withTarInputStream(tar.input())
                        .withRemotePath("/")
                        .exec();
            } catch (DockerException | DockerClientException e) {
                tar.throwIfWriterFailedFirst();
                throw new InvokeException(
                        Code.SANDBOX_FAILED,
                        "Cannot copy " + zip + " into the sandbox container: " + DockerEngine.rootMessage(e),
                        e);
            }
            tar.finish();
        } catch (IOException e) {
            throw new InvokeException(
                    Code.ZIP_UNUSABLE, "Cannot copy " + zip + " into the sandbox: " + e.getMessage(), e);
        }
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static byte[] classBytes(Class<?> type) {
        try (InputStream in = type.getResourceAsStream("/" + classFile(type))) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + classFile(type));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InvocationResult invoke(String requestId, byte[] event, ResponseSink sink) throws InvokeException {
        return conversation.invoke(requestId, event, sink);
    }

    /** Ends the function (closing its stdin stops the Runtime API) and removes the container. */
    @Override
    public void close() {
        conversation.close();
        try {
            attached.close();
        } catch (IOException e) {
            // The container goes next.
        }
        container.close();
        engine.close();
    }

    /** Splits the attached streams: stdout into frames, stderr into the function's log lines. */
    private static final class Streams extends ResultCallback.Adapter<com.github.dockerjava.api.model.Frame> {
        private final BlockingQueue<Frame> frames;
        private final InvokeListener listener;
        private final FrameDecoder decoder;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final ByteArrayOutputStream tail = new ByteArrayOutputStream();

        Streams(BlockingQueue<Frame> frames, InvokeListener listener) {
            this.frames = frames;
            this.listener = listener;
            this.decoder = new FrameDecoder(frames::add);
        }

        @Override
        public void onNext(com.github.dockerjava.api.model.Frame frame) {
            byte[] payload = frame.getPayload();
            if (frame.getStreamType() == StreamType.STDOUT || frame.getStreamType() == StreamType.RAW) {
                try {
                    decoder.feed(payload, 0, payload.length);
                } catch (IllegalStateException e) {
                    frames.add(new Frame("FAILED", List.of(), e.getMessage().getBytes(StandardCharsets.UTF_8)));
                }
                return;
            }
            synchronized (line) {
                for (byte b : payload) {
                    if (b == '\n') {
                        emit();
                    } else {
                        line.write(b);
                    }
                }
            }
        }

        private void emit() {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (tail.size() > STDERR_TAIL) {
                tail.reset();
            }
            tail.writeBytes((text + "\n").getBytes(StandardCharsets.UTF_8));
            listener.info(text);
        }

        @Override
        public void onError(Throwable throwable) {
            closed();
            super.onError(throwable);
        }

        @Override
        public void onComplete() {
            closed();
            super.onComplete();
        }

        private void closed() {
            synchronized (line) {
                if (line.size() > 0) {
                    emit();
                }
                frames.add(new Frame(Frame.CLOSED, List.of(), tail.toByteArray()));
            }
        }
    }
}
