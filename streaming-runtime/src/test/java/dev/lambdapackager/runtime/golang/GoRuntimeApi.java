package dev.lambdapackager.runtime.golang;

import dev.lambdapackager.runtime.internal.json.JsonReader;
import dev.lambdapackager.runtime.internal.json.JsonWriter;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Go {@code net/http} Runtime API of {@code src/test/go/runtimeapi}, built with the machine's {@code go}
 * into {@code target/go} and run as a child process for each test. Lambda's Runtime API is such a server, and
 * its limits (4 KiB of trailers, no control characters in header values, idle connections closed) are the
 * ones the runtime must live with. Where {@code go} is not installed, the tests that use it are skipped.
 *
 * <pre>{@code @RegisterExtension final GoRuntimeApi api = new GoRuntimeApi("-idle-timeout=200ms");}</pre>
 */
public final class GoRuntimeApi implements BeforeEachCallback, AfterEachCallback {

    private static final long WAIT_SECONDS = 30;
    private static Path binary;

    private final List<String> flags;
    private final BlockingQueue<GoRecord> records = new LinkedBlockingQueue<>();
    private Process process;
    private OutputStream control;
    private String address;

    /** @param flags the server's flags, e.g. {@code -idle-timeout=200ms} or {@code -close-after-post} */
    public GoRuntimeApi(String... flags) {
        this.flags = List.of(flags);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(build().toString());
        command.addAll(flags);
        process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        control = process.getOutputStream();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith("listening ")) {
            throw new IllegalStateException("the Go Runtime API did not start: " + first);
        }
        address = first.substring("listening ".length());
        Thread reader = new Thread(
                () -> {
                    try {
                        for (String line = out.readLine(); line != null; line = out.readLine()) {
                            records.add(new GoRecord(castMap(JsonReader.parse(line))));
                        }
                    } catch (IOException e) {
                        // the server ended
                    }
                },
                "go-runtime-api-records");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        stop();
    }

    /** Ends the server, which ends every connection the runtime has to it. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** @return {@code host:port}, the value for AWS_LAMBDA_RUNTIME_API */
    public String address() {
        return address;
    }

    /** Queues an invocation for the runtime's next GET /next. */
    public void enqueueInvocation(String requestId, String event) throws IOException {
        StringBuilder line = new StringBuilder();
        new JsonWriter(line)
                .beginObject()
                .name("requestId")
                .value(requestId)
                .name("event")
                .value(event)
                .endObject();
        control.write(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        control.flush();
    }

    /** @return the next request the server answered, waiting up to 30 s; fails the test if none came */
    public GoRecord takeRecord() throws InterruptedException {
        GoRecord record = records.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (record == null) {
            throw new AssertionError("the Go Runtime API answered no request within " + WAIT_SECONDS + " s");
        }
        return record;
    }

    /** @return the next request that is not a GET /next */
    public GoRecord takePost() throws InterruptedException {
        GoRecord record;
        do {
            record = takeRecord();
        } while (record.method().equals("GET"));
        return record;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object json) {
        return (Map<String, Object>) json;
    }

    /** Builds the server once per test JVM, with every Go directory under target/go and no network. */
    private static synchronized Path build() throws IOException, InterruptedException {
        if (binary != null) {
            return binary;
        }
        Path go = findGo();
        Assumptions.assumeTrue(
                go != null,
                "Go is not installed (Debian: apt-get install golang-go; "
                        + "scripts/test-env.sh installs it): skipping the tests against a Go net/http Runtime API");
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path work = base.resolve("target/go");
        Files.createDirectories(work);
        Path output = work.resolve("runtimeapi");
        ProcessBuilder builder = new ProcessBuilder(
                        go.toString(), "build", "-o", output.toString(), "./src/test/go/runtimeapi")
                .directory(base.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("GOCACHE", work.resolve("cache").toString());
        environment.put("GOPATH", work.resolve("path").toString());
        environment.put("GOTMPDIR", "");
        environment.put("GOTOOLCHAIN", "local");
        environment.put("GOPROXY", "off");
        environment.put("GOFLAGS", "");
        environment.put("GO111MODULE", "off");
        environment.put("GOENV", "off");
        environment.put("CGO_ENABLED", "0");
        Process build = builder.start();
        String log = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!build.waitFor(5, TimeUnit.MINUTES) || build.exitValue() != 0) {
            throw new IllegalStateException("go build of src/test/go/runtimeapi failed: " + log);
        }
        binary = output;
        return binary;
    }

    private static Path findGo() {
        List<String> candidates = new ArrayList<>();
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            candidates.add(directory + File.separator + "go");
        }
        candidates.add("/usr/lib/go/bin/go");
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (!candidate.isEmpty() && Files.isExecutable(path) && !Files.isDirectory(path)) {
                return path;
            }
        }
        return null;
    }
}
