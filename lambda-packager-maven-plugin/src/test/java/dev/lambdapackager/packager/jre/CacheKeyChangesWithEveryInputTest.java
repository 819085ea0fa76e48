package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.Architecture;
import dev.lambdapackager.packager.JarInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each thing the linked JRE or its CDS archive depends on is in the key: a change to any one of them must miss
 * the cache, or a function would ship a JRE without a module it needs or a CDS archive its JVM rejects.
 */
class CacheKeyChangesWithEveryInputTest {

    private static final Instant JAR_TIME = Instant.parse("2026-11-26T00:00:00Z");

    @TempDir
    static Path temp;

    private static JarInput function;
    private static JarInput runtime;

    /** One build's settings; each case changes exactly one of them. */
    record Build(String image, Architecture architecture, List<JarInput> jars, List<String> handlers, String launcher,
            List<String> modules, boolean cds, boolean strip, Instant jarTime) {

        static Build base() {
            return new Build("builder:17", Architecture.ARM64, List.of(function, runtime), List.of("com.example.Handler"),
                    "dev.example.Launcher", List.of("jdk.crypto.ec"), true, true, JAR_TIME);
        }

        CacheKey key() throws IOException {
            return CacheKey.of(image, architecture, new JreInputs(jars, handlers, launcher, modules, cds, strip, jarTime));
        }

        Build withImage(String value) {
            return new Build(value, architecture, jars, handlers, launcher, modules, cds, strip, jarTime);
        }

        Build withArchitecture(Architecture value) {
            return new Build(image, value, jars, handlers, launcher, modules, cds, strip, jarTime);
        }

        Build withJars(List<JarInput> value) {
            return new Build(image, architecture, value, handlers, launcher, modules, cds, strip, jarTime);
        }

        Build withHandlers(List<String> value) {
            return new Build(image, architecture, jars, value, launcher, modules, cds, strip, jarTime);
        }

        Build withLauncher(String value) {
            return new Build(image, architecture, jars, handlers, value, modules, cds, strip, jarTime);
        }

        Build withModules(List<String> value) {
            return new Build(image, architecture, jars, handlers, launcher, value, cds, strip, jarTime);
        }

        Build withCds(boolean value) {
            return new Build(image, architecture, jars, handlers, launcher, modules, value, strip, jarTime);
        }

        Build withStrip(boolean value) {
            return new Build(image, architecture, jars, handlers, launcher, modules, cds, value, jarTime);
        }

        Build withJarTime(Instant value) {
            return new Build(image, architecture, jars, handlers, launcher, modules, cds, strip, value);
        }
    }

    @BeforeAll
    static void jars() throws IOException {
        function = new JarInput(Files.write(temp.resolve("function.jar"), new byte[] {1, 2, 3}), "function-1.0.jar", "f");
        runtime = new JarInput(Files.write(temp.resolve("runtime.jar"), new byte[] {4, 5, 6}), "runtime-0.1.jar", "r");
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("jar content", b -> b.withJars(List.of(withContent(function, new byte[] {1, 2, 4}), runtime))),
                change("jar name", b -> b.withJars(List.of(new JarInput(function.file(), "function-1.1.jar", "f"), runtime))),
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

    /** The same jar name with other bytes, in a new file so that the base build's jar keeps its own. */
    private static JarInput withContent(JarInput jar, byte[] content) {
        try {
            Path changed = Files.write(Files.createTempFile(temp, "changed", ".jar"), content);
            return new JarInput(changed, jar.name(), jar.coordinates());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
