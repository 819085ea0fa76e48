package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.lambdapackager.runtime.handlers.aws.EventEcho;
import dev.lambdapackager.runtime.internal.json.JsonReader;
import dev.lambdapackager.runtime.testsupport.LauncherProcess;
import dev.lambdapackager.runtime.testsupport.LoopbackRuntimeApi;
import dev.lambdapackager.runtime.testsupport.RecordedRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.joda.time.DateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Side by side with AWS's own Java runtime: the same handler classes, started once by this runtime's launcher and
 * once by aws-lambda-java-runtime-interface-client 2.10.1 (its JNI client included), each against a loopback
 * Runtime API, get the same events; every response must be JSON-equal to the RIC's, every error must have the
 * RIC's errorType and errorMessage. Each case also says whether the event must succeed, so that two runtimes
 * failing alike cannot pass for a binding that works.
 */
class TypedHandlersAnswerAsAwsJavaRuntimeDoesTest {

    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final String AWS = "dev.lambdapackager.runtime.handlers.aws.";
    private static final long EXIT_SECONDS = 30;

    /** Both JVMs get the same flags; these only make short runs cheaper on a busy machine. */
    private static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final int PARALLEL_CASES = 3;

    @TempDir
    static Path workDir;

    private static final Map<String, Future<Outcome>> OUTCOMES = new ConcurrentHashMap<>();
    private static ExecutorService executor;

    /** Starts every case at once (a few at a time): most of each is JVM start-up, which overlaps well. */
    @BeforeAll
    static void runAllCases() throws Exception {
        unpackRicNativeClient();
        executor = Executors.newFixedThreadPool(PARALLEL_CASES);
        handlers().forEach(arguments -> {
            String handler = (String) arguments.get()[0];
            @SuppressWarnings("unchecked")
            List<Event> events = (List<Event>) arguments.get()[1];
            OUTCOMES.put(handler, executor.submit(() -> run(handler, events)));
        });
    }

    /**
     * The RIC unpacks its JNI client to one fixed file, /tmp/.libaws-lambda-jni.so, on every start: parallel
     * starts (or another user's) would overwrite it while it loads. Unpacked once here, it is passed by the system
     * property the RIC reads instead.
     */
    private static void unpackRicNativeClient() throws Exception {
        Path ricJar;
        try (Stream<Path> jars =
                Files.list(codeSource(EventEcho.class).getParent().resolve("ric"))) {
            ricJar = jars.filter(
                            jar -> jar.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no RIC jar in target/ric"));
        }
        try (FileSystem jar = FileSystems.newFileSystem(ricJar)) {
            Files.copy(jar.getPath("/jni/libaws-lambda-jni.linux-x86_64.so"), ricNativeClient());
        }
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    static Stream<Arguments> handlers() {
        return Stream.of(
                handler(
                        "HttpApiHandler",
                        ok("apigateway-v2-get.json"),
                        ok("apigateway-v2-post.json"),
                        error("apigateway-v2-fail.json")),
                handler("RestApiHandler", ok("apigateway-rest.json")),
                handler("QueueHandler", ok("sqs.json")),
                handler("StreamRecordsHandler::dynamodb", ok("dynamodb.json")),
                handler("StreamRecordsHandler::kinesis", ok("kinesis.json")),
                handler("EventEcho::httpApi", ok("apigateway-v2-get.json")),
                handler("EventEcho::restApi", ok("apigateway-rest.json")),
                handler("EventEcho::sqs", ok("sqs.json")),
                handler("EventEcho::s3", ok("s3-put.json")),
                handler("EventEcho::scheduled", ok("scheduled.json")),
                handler("EventEcho::dynamodb", ok("dynamodb.json")),
                handler("EventEcho::kinesis", ok("kinesis.json")),
                handler("EventEcho::sns", ok("sns.json")),
                handler(
                        "PlainTypes::greet",
                        ok("\"World\""),
                        ok("null"),
                        error("\"checked\""),
                        error("\"no message\""),
                        error("\"with cause\""),
                        error("\"error\""),
                        error("{\"name\":\"not a string\"}")),
                handler("PlainTypes::square", ok("7"), error("\"seven\"")),
                handler("PlainTypes::describe", ok("{\"b\":2,\"a\":[1,2.5,\"x\"],\"c\":{\"d\":null,\"e\":true}}")),
                handler("PlainTypes::doubled", ok("[1,2,3,4000000000]")),
                handler("PlainTypes::accept", ok("{\"x\":1}"), error("{\"reject\":\"no stock\"}")),
                handler("PlainTypes::broken", error("\"x\"")),
                handler("OrderHandler", ok("order.json"), error("order-empty.json"), error("[1,2]")),
                handler("OrderSummaryHandler", ok("order.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handlers")
    void answersAsTheRuntimeInterfaceClientDoes(String handler, List<Event> events) throws Exception {
        Outcome outcome = OUTCOMES.get(handler).get(5, TimeUnit.MINUTES);
        for (int i = 0; i < events.size(); i++) {
            compare(events.get(i), outcome.ourPosts.get(i), outcome.awsPosts.get(i), outcome.ourLog, outcome.awsLog);
        }
    }

    private static Outcome run(String handler, List<Event> events) throws Exception {
        try (LoopbackRuntimeApi ours = LoopbackRuntimeApi.start();
                LoopbackRuntimeApi aws = LoopbackRuntimeApi.start()) {
            script(ours, events);
            script(aws, events);
            String logName = handler.replace("::", "-");
            Path ourLog = workDir.resolve(logName + ".ours.log");
            Path awsLog = workDir.resolve(logName + ".ric.log");
            Process ourProcess = startOurs(ours.address(), AWS + handler, ourLog);
            Process awsProcess = startRic(aws.address(), AWS + handler, awsLog);
            try {
                return new Outcome(
                        posts(ours, ourProcess, ourLog, events.size()),
                        posts(aws, awsProcess, awsLog, events.size()),
                        ourLog,
                        awsLog);
            } finally {
                end(ourProcess);
                end(awsProcess);
            }
        }
    }

    private static void compare(Event event, RecordedRequest ours, RecordedRequest aws, Path ourLog, Path awsLog)
            throws IOException {
        String context = "event " + event.name + "\nRIC posted " + aws.path() + " " + aws.bodyText()
                + "\nwe posted " + ours.path() + " " + ours.bodyText() + "\nRIC log:\n" + read(awsLog)
                + "\nour log:\n" + read(ourLog);
        String outcome = event.succeeds ? "/response" : "/error";
        assertThat(aws.path()).as(context).endsWith(outcome);
        assertThat(ours.path()).as(context).endsWith(outcome);
        Object ourJson = JsonReader.parse(ours.bodyText());
        Object awsJson = JsonReader.parse(aws.bodyText());
        if (event.succeeds) {
            assertThat(ourJson).as(context).isEqualTo(awsJson);
        } else {
            Map<?, ?> ourError = (Map<?, ?>) ourJson;
            Map<?, ?> awsError = (Map<?, ?>) awsJson;
            assertThat(ourError.get("errorType"))
                    .as(context)
                    .isEqualTo(awsError.get("errorType"))
                    .isNotNull();
            assertThat(ourError.get("errorMessage"))
                    .as(context)
                    .isEqualTo(awsError.get("errorMessage"))
                    .isNotNull();
        }
    }

    private static void script(LoopbackRuntimeApi api, List<Event> events) {
        int n = 0;
        for (Event event : events) {
            String requestId = "side-by-side-" + ++n;
            Map<String, String> headers = LoopbackRuntimeApi.defaultHeaders(requestId);
            headers.put("Content-Type", "application/json"); // the RIC's native client needs it, as Lambda sends it
            headers.put("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
            api.enqueueInvocation(headers, event.json.getBytes(StandardCharsets.UTF_8));
        }
        // Then both runtimes lose the connection and exit (the RIC's curl client retries once on a fresh
        // connection, which the gone API closes too).
        api.enqueueDrop();
    }

    /** Waits for the posts as long as the runtime lives (a loaded CI machine can take long to start two JVMs). */
    private static List<RecordedRequest> posts(LoopbackRuntimeApi api, Process runtime, Path log, int count)
            throws InterruptedException, IOException {
        List<RecordedRequest> posts = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (posts.size() < count) {
            try {
                posts.add(api.takePost());
            } catch (AssertionError nothingYet) {
                if (!runtime.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "got " + posts.size() + " of " + count + " responses; "
                                    + (runtime.isAlive()
                                            ? "the runtime still runs"
                                            : "the runtime exited with " + runtime.exitValue())
                                    + ", its output:\n" + read(log),
                            nothingYet);
                }
            }
        }
        return posts;
    }

    private static Process startOurs(String runtimeApi, String handler, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", LauncherProcess.fullClassPath(), LauncherProcess.LAUNCHER, handler));
        return start(command, runtimeApi, log);
    }

    /** The RIC on its own class path (its jars as its POM declares them) plus the handlers and the events. */
    private static Process startRic(String runtimeApi, String handler, Path log) throws Exception {
        Path testClasses = codeSource(EventEcho.class);
        List<String> classPath = new ArrayList<>();
        try (Stream<Path> jars = Files.list(testClasses.getParent().resolve("ric"))) {
            jars.map(Path::toString).sorted().forEach(classPath::add);
        }
        assertThat(classPath)
                .as("target/ric holds the RIC's jars (mvn generate-test-resources)")
                .hasSize(5);
        classPath.add(testClasses.toString());
        classPath.add(codeSource(APIGatewayV2HTTPEvent.class).toString());
        classPath.add(codeSource(DateTime.class).toString());
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_FLAGS);
        command.add(
                "-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI=" + ricNativeClient());
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), RIC_MAIN, handler));
        return start(command, runtimeApi, log);
    }

    private static Process start(List<String> command, String runtimeApi, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        for (String inherited : List.of(
                "AWS_LAMBDA_RUNTIME_API",
                "_HANDLER",
                "LOCAL_LAMBDA_SERVER_ENABLED",
                "AWS_LAMBDA_LOG_FORMAT",
                "AWS_LAMBDA_LOG_LEVEL",
                "JAVA_TOOL_OPTIONS",
                "_JAVA_OPTIONS",
                "JDK_JAVA_OPTIONS")) {
            builder.environment().remove(inherited);
        }
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private static void end(Process process) throws InterruptedException {
        if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** What both runtimes posted for one handler's events, in order. */
    private static final class Outcome {
        final List<RecordedRequest> ourPosts;
        final List<RecordedRequest> awsPosts;
        final Path ourLog;
        final Path awsLog;

        Outcome(List<RecordedRequest> ourPosts, List<RecordedRequest> awsPosts, Path ourLog, Path awsLog) {
            this.ourPosts = ourPosts;
            this.awsPosts = awsPosts;
            this.ourLog = ourLog;
            this.awsLog = awsLog;
        }
    }

    private static Arguments handler(String handler, Event... events) {
        return Arguments.of(handler, List.of(events));
    }

    private static Event ok(String event) {
        return new Event(event, true);
    }

    private static Event error(String event) {
        return new Event(event, false);
    }

    /** One invocation: an event (a resource under events/, or JSON text) and whether it must succeed. */
    static final class Event {
        final String name;
        final String json;
        final boolean succeeds;

        Event(String name, boolean succeeds) {
            this.name = name;
            this.json = name.endsWith(".json") ? resource("events/" + name) : name;
            this.succeeds = succeeds;
        }

        private static String resource(String name) {
            try (InputStream in = TypedHandlersAnswerAsAwsJavaRuntimeDoesTest.class
                    .getClassLoader()
                    .getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no test resource " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Path ricNativeClient() {
        return workDir.resolve("libaws-lambda-jni.so");
    }
}
