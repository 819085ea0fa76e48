package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin's packages depend on each other in one direction only (docs/architecture.md draws the graph): shared
 * value types in {@code model} depend on nothing else of ours, {@code launch} only on them, {@code archive} never on
 * {@code jre}, and only {@code container} talks to docker-java. Read from the sources, so a new import that closes
 * a cycle fails here, naming the cycle.
 */
class PackageGraphIsAcyclicTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.lambdapackager(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]");

    private static Map<String, Set<String>> graph;
    private static Map<String, Set<String>> externals;

    @BeforeAll
    static void readSources() throws IOException {
        graph = new TreeMap<>();
        externals = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher declared = PACKAGE.matcher(text);
            assertThat(declared.find()).as("package of %s", file).isTrue();
            String from = declared.group(1);
            Set<String> targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(text.substring(declared.end()));
            while (reference.find()) {
                if (!reference.group(1).equals(from)) {
                    targets.add(reference.group(1));
                }
            }
            if (text.contains("com.github.dockerjava")) {
                externals
                        .computeIfAbsent("com.github.dockerjava", k -> new TreeSet<>())
                        .add(from);
            }
        }
    }

    @Test
    void noPackageReachesItself() {
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>(List.of(start));
            if (reachesBack(start, start, path, new TreeSet<>())) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertThat(cycles).as("graph: %s", graph).isEmpty();
    }

    @Test
    void theLayersKeepTheirPlace() {
        String core = "dev.lambdapackager.packager";
        assertThat(graph.get(core + ".model"))
                .as("model imports nothing of ours")
                .isEmpty();
        assertThat(graph.get(core + ".cache"))
                .as("the cache entry store imports nothing of ours")
                .isEmpty();
        assertThat(graph.get(core + ".launch")).as("launch").isSubsetOf(core + ".model");
        assertThat(graph.get(core + ".archive")).as("archive").doesNotContain(core + ".jre", core + ".container", core);
        assertThat(graph.get(core + ".jre")).as("jre").doesNotContain(core + ".container", core, core + ".check");
        assertThat(externals.get("com.github.dockerjava"))
                .as("who imports docker-java")
                .containsOnly(core + ".container");
        graph.forEach((from, to) ->
                assertThat(to).as("%s imports the Maven front end", from).doesNotContain("dev.lambdapackager.maven"));
    }

    private static boolean reachesBack(String start, String at, List<String> path, Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (seen.add(next)) {
                path.add(next);
                if (reachesBack(start, next, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
