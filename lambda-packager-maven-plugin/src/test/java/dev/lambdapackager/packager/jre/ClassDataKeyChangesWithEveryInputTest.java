package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.JarInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each thing the class data (and, through the jars, the module set) depends on is in the class data's key: a change
 * to any one of them must miss the cache, or a function would ship a JRE without a module it needs or a CDS archive
 * its JVM rejects.
 */
class ClassDataKeyChangesWithEveryInputTest {

    private static final Instant JAR_TIME = Instant.parse("2026-11-26T00:00:00Z");

    @TempDir
    static Path temp;

    private static JarInput function;
    private static JarInput runtime;

    /** One build's settings; each case changes exactly one of them. */
    record Build(
            String image,
            Architecture architecture,
            List<JarInput> jars,
            List<String> handlers,
            String launcher,
            List<String> modules,
            boolean cds,
            boolean strip,
            Instant jarTime,
            List<String> jvmOptions) {

        static Build base() {
            return new Build(
                    "builder:17",
                    Architecture.ARM64,
                    List.of(function, runtime),
                    List.of("com.example.Handler"),
                    "dev.example.Launcher",
                    List.of("jdk.crypto.ec"),
                    true,
                    true,
                    JAR_TIME,
                    List.of("-Xss1m"));
        }

        CacheKey key() throws IOException {
            return CacheKey.forClassData(
                    image,
                    architecture,
                    new JreInputs(jars, handlers, launcher, modules, cds, strip, jarTime, jvmOptions));
        }

        Build withImage(String value) {
            return new Build(value, architecture, jars, handlers, launcher, modules, cds, strip, jarTime, jvmOptions);
        }

        Build withArchitecture(Architecture value) {
            return new Build(image, value, jars, handlers, launcher, modules, cds, strip, jarTime, jvmOptions);
        }

        Build withJars(List<JarInput> value) {
            return new Build(image, architecture, value, handlers, launcher, modules, cds, strip, jarTime, jvmOptions);
        }

        Build withHandlers(List<String> value) {
            return new Build(image, architecture, jars, value, launcher, modules, cds, strip, jarTime, jvmOptions);
        }

        Build withLauncher(String value) {
            return new Build(image, architecture, jars, handlers, value, modules, cds, strip, jarTime, jvmOptions);
        }

        Build withModules(List<String> value) {
            return new Build(image, architecture, jars, handlers, launcher, value, cds, strip, jarTime, jvmOptions);
        }

        Build withCds(boolean value) {
            return new Build(image, architecture, jars, handlers, launcher, modules, value, strip, jarTime, jvmOptions);
        }

        Build withStrip(boolean value) {
            return new Build(image, architecture, jars, handlers, launcher, modules, cds, value, jarTime, jvmOptions);
        }

        Build withJarTime(Instant value) {
            return new Build(image, architecture, jars, handlers, launcher, modules, cds, strip, value, jvmOptions);
        }

        Build withJvmOptions(List<String> value) {
            return new Build(image, architecture, jars, handlers, launcher, modules, cds, strip, jarTime, value);
        }
    }

    @BeforeAll
    static void jars() throws IOException {
        function = new JarInput(
                SmallJars.write(temp.resolve("function.jar"), Map.of("a/A.class", "one"), 0L), "function-1.0.jar", "f");
        runtime = new JarInput(
                SmallJars.write(temp.resolve("runtime.jar"), Map.of("b/B.class", "two"), 0L), "runtime-0.1.jar", "r");
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change(
                        "jar content",
                        b -> b.withJars(List.of(withContent(function, Map.of("a/A.class", "One"), 6), runtime))),
                change(
                        "jar entry name",
                        b -> b.withJars(List.of(withContent(function, Map.of("a/B.class", "one"), 6), runtime))),
                change(
                        "jar size alone",
                        b -> b.withJars(List.of(withContent(function, Map.of("a/A.class", "one"), 0), runtime))),
                change("JVM options", b -> b.withJvmOptions(List.of("-Xss2m"))),
                change(
                        "jar name",
                        b -> b.withJars(List.of(new JarInput(function.file(), "function-1.1.jar", "f"), runtime))),
                change("jar order", b -> b.withJars(List.of(runtime, function))),
                change("jar time", b -> b.withJarTime(JAR_TIME.plusSeconds(2))),
                change("native symbol stripping", b -> b.withStrip(false)),
                change("handlers", b -> b.withHandlers(List.of("com.example.Handler", "com.example.Other"))),
                change("launcher", b -> b.withLauncher("dev.example.OtherLauncher")),
                change("additional modules", b -> b.withModules(List.of("jdk.crypto.ec", "java.sql"))),
                change("cds", b -> b.withCds(false)),
                change("builder image", b -> b.withImage("builder:21")),
                change("architecture", b -> b.withArchitecture(Architecture.X86_64)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void differs(String what, UnaryOperator<Build> change) throws IOException {
        CacheKey before = Build.base().key();

        CacheKey after = change.apply(Build.base()).key();

        assertThat(after.hash()).isNotEqualTo(before.hash());
        assertThat(Build.base().key()).as("the same inputs again").isEqualTo(before);
    }

    private static Arguments change(String what, UnaryOperator<Build> change) {
        return Arguments.of(what, change);
    }

    /** The same jar name with other entries, in a new file so that the base build's jar keeps its own. */
    private static JarInput withContent(JarInput jar, Map<String, String> entries, int level) {
        try {
            Path changed = SmallJars.write(Files.createTempFile(temp, "changed", ".jar"), entries, 0L, level);
            return new JarInput(changed, jar.name(), jar.coordinates());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
