package dev.lambdapackager.benchmarks;

import dev.lambdapackager.benchmarks.floor.FloorMain;
import dev.lambdapackager.benchmarks.handlers.StreamingBenchHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's command line: what to run, with which JVM and flags, how often. */
final class BenchmarkOptions {

    // A name, not RicBenchHandler.class: the harness runs without aws-lambda-java-core on its class path.
    private static final String RIC_HANDLER = "dev.lambdapackager.benchmarks.handlers.RicBenchHandler";

    String java;
    List<String> jvmFlags;
    List<String> launchPrefix;
    String jdkLabel;
    String machineLabel;
    List<String> runtimeClassPath;
    List<String> ricClassPath;
    String benchJar;
    int warmupStarts;
    int starts;
    int warmupInvokes;
    int invokes;
    long streamBytes;
    int writeBytes;
    Path output;
    Path rawOutput;
    String loadAverage;

    static BenchmarkOptions parse(String[] args) throws Exception {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        BenchmarkOptions options = new BenchmarkOptions();
        options.java = required(values, "java");
        options.jvmFlags = RuntimeBenchmark.words(values.getOrDefault("flags", ""));
        options.launchPrefix = RuntimeBenchmark.words(values.getOrDefault("launch-prefix", ""));
        options.jdkLabel = values.getOrDefault("jdk-label", options.java);
        options.machineLabel = values.getOrDefault("machine-label", "");
        options.runtimeClassPath =
                RuntimeBenchmark.words(required(values, "runtime-cp").replace(':', ' '));
        options.ricClassPath = RuntimeBenchmark.words(required(values, "ric-cp").replace(':', ' '));
        options.benchJar = required(values, "bench-jar");
        RuntimeBenchmark.checkPath(Path.of(options.benchJar));
        options.warmupStarts = Integer.parseInt(values.getOrDefault("warmup-starts", "2"));
        options.starts = Integer.parseInt(values.getOrDefault("starts", "20"));
        options.warmupInvokes = Integer.parseInt(values.getOrDefault("warmup-invokes", "200"));
        options.invokes = Integer.parseInt(values.getOrDefault("invokes", "1000"));
        options.streamBytes = Long.parseLong(values.getOrDefault("stream-bytes", Long.toString(200L * 1024 * 1024)));
        options.writeBytes = Integer.parseInt(values.getOrDefault("write-bytes", Integer.toString(64 * 1024)));
        options.output = Path.of(values.getOrDefault("out", "benchmarks/results/runtime.md"));
        options.rawOutput = Path.of(values.getOrDefault("raw-out", "benchmarks/target/raw"));
        options.loadAverage = loadAverage();
        return options;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ", -1);
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The floor, this runtime (native API and adapter), and the AWS RIC, in table order. */
    List<Subject> subjects() {
        String awsCore = null;
        for (String entry : ricClassPath) {
            if (Path.of(entry).getFileName().toString().startsWith("aws-lambda-java-core-")) {
                awsCore = entry;
            }
        }
        List<String> adapterPath = new ArrayList<>(runtimeClassPath);
        adapterPath.add(awsCore);
        adapterPath.add(benchJar);
        List<String> runtimePath = new ArrayList<>(runtimeClassPath);
        runtimePath.add(benchJar);
        List<String> ricPath = new ArrayList<>(ricClassPath);
        ricPath.add(benchJar);
        return List.of(
                new Subject("JVM floor", benchJar, FloorMain.class.getName(), List.of(), false),
                new Subject(
                        "this runtime",
                        Subject.join(runtimePath),
                        BenchmarkReport.LAUNCHER,
                        List.of(StreamingBenchHandler.class.getName()),
                        true),
                new Subject(
                        "this runtime, RequestStreamHandler",
                        Subject.join(adapterPath),
                        BenchmarkReport.LAUNCHER,
                        List.of(RIC_HANDLER),
                        true),
                new Subject(
                        "AWS RIC 2.10.1",
                        Subject.join(ricPath),
                        "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                        List.of(RIC_HANDLER + "::handleRequest"),
                        true));
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
