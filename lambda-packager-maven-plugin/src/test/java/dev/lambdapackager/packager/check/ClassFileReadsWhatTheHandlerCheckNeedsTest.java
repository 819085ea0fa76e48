package dev.lambdapackager.packager.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class file compiled by javac reads back with its access flags, superclass, interfaces, generic signature and
 * methods (constructors, statics, bridges) as the compiler wrote them; bytes that are not a class file are refused.
 */
class ClassFileReadsWhatTheHandlerCheckNeedsTest {

    @TempDir
    Path temp;

    @Test
    void readsAGenericHandlerClass() throws IOException {
        Path jar = temp.resolve("fn.jar");
        HandlerJars.write(
                Map.of(
                        jar,
                        Map.of(
                                "com.example.Fn",
                                """
                package com.example;
                import java.util.*;
                public abstract class Fn extends AbstractList<String> implements java.util.function.Function<Map<String, Long>, String>, Runnable {
                    static final long BIG = 1L << 40; static final double D = 2.5; static final String S = "x";
                    public Fn(int x) {}
                    public String apply(Map<String, Long> m) { return S + BIG + D; }
                    public static void helper(java.io.InputStream in, java.io.OutputStream out) {}
                    public void run() {}
                }
                """)));

        ClassFile fn = read(jar, "com/example/Fn.class");

        assertThat(fn.name()).isEqualTo("com/example/Fn");
        assertThat(fn.javaName()).isEqualTo("com.example.Fn");
        assertThat(fn.isPublic()).isTrue();
        assertThat(fn.isAbstract()).isTrue();
        assertThat(fn.isInterface()).isFalse();
        assertThat(fn.superName()).contains("java/util/AbstractList");
        assertThat(fn.interfaces()).containsExactly("java/util/function/Function", "java/lang/Runnable");
        assertThat(fn.signature())
                .contains("Ljava/util/AbstractList<Ljava/lang/String;>;"
                        + "Ljava/util/function/Function<Ljava/util/Map<Ljava/lang/String;Ljava/lang/Long;>;Ljava/lang/String;>;"
                        + "Ljava/lang/Runnable;");
        assertThat(fn.methods())
                .contains(
                        new ClassFile.Method("<init>", "(I)V", ClassFile.ACC_PUBLIC),
                        new ClassFile.Method(
                                "helper",
                                "(Ljava/io/InputStream;Ljava/io/OutputStream;)V",
                                ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC));
        assertThat(fn.methods())
                .filteredOn(m ->
                        m.name().equals("apply") && m.descriptor().equals("(Ljava/lang/Object;)Ljava/lang/Object;"))
                .singleElement()
                .matches(ClassFile.Method::isSynthetic, "is a bridge");
    }

    @Test
    void readsAnInterfaceWithoutSuperclassOrSignature() throws IOException {
        Path jar = temp.resolve("api.jar");
        HandlerJars.write(
                Map.of(jar, Map.of("com.example.Api", "package com.example; interface Api { void call(); }")));

        ClassFile api = read(jar, "com/example/Api.class");

        assertThat(api.isInterface()).isTrue();
        assertThat(api.isPublic()).isFalse();
        assertThat(api.superName()).contains("java/lang/Object");
        assertThat(api.signature()).isEmpty();
        assertThat(api.methods()).singleElement().matches(ClassFile.Method::isAbstract, "is abstract");
    }

    @Test
    void refusesBytesThatAreNotAClassFile() {
        assertThatThrownBy(() -> ClassFile.parse("PK\3\4 not a class".getBytes(UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("wrong magic number");
        assertThatThrownBy(() -> ClassFile.parse(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0}))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a valid class file");
    }

    private static ClassFile read(Path jar, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return ClassFile.parse(zip.getInputStream(zip.getEntry(entry)).readAllBytes());
        }
    }
}
