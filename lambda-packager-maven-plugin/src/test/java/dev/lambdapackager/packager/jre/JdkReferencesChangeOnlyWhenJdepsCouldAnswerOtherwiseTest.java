package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.testing.TestJars;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest of the JDK packages a jar refers to stays the same across edits that cannot change jdeps's answer (new
 * constants, new code using packages already used, new classes of the function's own), and changes when the code
 * starts using another JDK package — in a method body, only in a generic signature, or in an annotation. Checked
 * against the real jdeps: whenever two versions have equal digests, jdeps finds the same modules for both.
 */
class JdkReferencesChangeOnlyWhenJdepsCouldAnswerOtherwiseTest {

    @TempDir
    Path temp;

    private final Map<String, Path> versions = new LinkedHashMap<>();
    private final Map<Path, String> jdepsAnswers = new java.util.HashMap<>();

    @Test
    void editsThatKeepTheJdkPackagesKeepTheDigest() throws Exception {
        String base = digest("base", handler("String greeting = \"hello\";", ""));

        assertThat(digest("constant", handler("String greeting = \"hello, world\";", "")))
                .as("a changed constant")
                .isEqualTo(base);
        assertThat(digest("same-package", handler("String greeting = String.valueOf(42).trim();", "")))
                .as("new code using java.lang only")
                .isEqualTo(base);
        assertThat(digest(
                        "own-package",
                        handler("String greeting = new com.example.util.Texts().toString();", ""),
                        "com.example.util.Texts",
                        "package com.example.util; public class Texts {}"))
                .as("a new class in a package of the function's own")
                .isEqualTo(base);
        assertJdepsAgreesWithTheDigests();
    }

    @Test
    void aNewJdkPackageChangesTheDigest() throws Exception {
        String base = digest("base", handler("String greeting = \"hello\";", ""));

        assertThat(digest("in-code", handler("Object counter = new java.util.concurrent.atomic.AtomicLong();", "")))
                .as("a class of java.util.concurrent.atomic in a field initialiser")
                .isNotEqualTo(base);
        assertThat(digest("new-module", handler("Object connection = java.sql.DriverManager.class;", "")))
                .as("a class of another module")
                .isNotEqualTo(base);
        assertThat(digest("in-signature", handler("java.util.List<java.sql.Date> dates;", "")))
                .as("a class named only in a generic signature")
                .isNotEqualTo(digest("erased", handler("java.util.List<String> dates;", "")));
        assertThat(digest("in-annotation", handler("String greeting;", "@java.beans.JavaBean ")))
                .as("an annotation of java.desktop")
                .isNotEqualTo(base);
        assertJdepsAgreesWithTheDigests();
    }

    @Test
    void theSameJarsInAnotherOrderGiveTheSameDigest() throws Exception {
        Path one = TestJars.compile(
                temp.resolve("one.jar"), Map.of("a.One", "package a; public class One { java.util.List<?> l; }"), null);
        Path two = TestJars.compile(
                temp.resolve("two.jar"), Map.of("b.Two", "package b; public class Two { java.net.URI u; }"), null);
        JarInput first = new JarInput(one, "one.jar", "test:one");
        JarInput second = new JarInput(two, "two.jar", "test:two");

        assertThat(JdkReferences.digest(List.of(first, second)))
                .isEqualTo(JdkReferences.digest(List.of(second, first)))
                .isNotEqualTo(JdkReferences.digest(List.of(first)));
    }

    private static String handler(String member, String annotation) {
        return "package com.example; " + annotation + "public class Handler { " + member + " }";
    }

    private String digest(String version, String handler, String... more) throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("com.example.Handler", handler);
        for (int i = 0; i < more.length; i += 2) {
            sources.put(more[i], more[i + 1]);
        }
        Path jar = TestJars.compile(temp.resolve(version + ".jar"), sources, null);
        versions.put(version, jar);
        return JdkReferences.digest(List.of(new JarInput(jar, "function.jar", "test:function")));
    }

    /** For every pair of versions with equal digests, the host's jdeps finds the same modules. */
    private void assertJdepsAgreesWithTheDigests() throws Exception {
        List<String> names = List.copyOf(versions.keySet());
        for (String a : names) {
            for (String b : names) {
                JarInput ja = new JarInput(versions.get(a), "function.jar", "test:function");
                JarInput jb = new JarInput(versions.get(b), "function.jar", "test:function");
                if (JdkReferences.digest(List.of(ja)).equals(JdkReferences.digest(List.of(jb)))) {
                    assertThat(jdeps(versions.get(a)))
                            .as("jdeps for %s and %s", a, b)
                            .isEqualTo(jdeps(versions.get(b)));
                }
            }
        }
    }

    private String jdeps(Path jar) {
        return jdepsAnswers.computeIfAbsent(jar, JdkReferencesChangeOnlyWhenJdepsCouldAnswerOtherwiseTest::runJdeps);
    }

    private static String runJdeps(Path jar) {
        StringWriter out = new StringWriter();
        int exit = ToolProvider.findFirst("jdeps")
                .orElseThrow()
                .run(
                        new PrintWriter(out),
                        new PrintWriter(out),
                        "--print-module-deps",
                        "--ignore-missing-deps",
                        jar.toString());
        assertThat(exit).as("jdeps: %s", out).isZero();
        return out.toString().strip();
    }
}
