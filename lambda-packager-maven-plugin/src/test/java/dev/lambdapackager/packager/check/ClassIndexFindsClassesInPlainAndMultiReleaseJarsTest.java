package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handler may live in any jar of the class path, and in a multi-release jar possibly only under
 * META-INF/versions/N/: the index knows each class by its binary name wherever it is stored.
 */
class ClassIndexFindsClassesInPlainAndMultiReleaseJarsTest {

    @TempDir
    Path temp;

    @Test
    void classesOfEveryJarAndVersion() throws Exception {
        Path compiled = TestJars.compile(
                temp.resolve("function.jar"),
                Map.of("com.example.Handler", "package com.example; public class Handler { static class Nested {} }"),
                null);
        Path multiRelease = TestJars.withEntries(
                temp.resolve("library.jar"),
                null,
                "com/",
                "com/library/",
                "com/library/Base.class",
                "META-INF/versions/11/com/library/Base.class",
                "META-INF/versions/17/com/library/OnlyOn17.class",
                "com/library/messages.properties");

        ClassIndex index = ClassIndex.of(List.of(compiled, multiRelease));

        assertThat(index.contains("com.example.Handler")).isTrue();
        assertThat(index.contains("com.example.Handler$Nested")).isTrue();
        assertThat(index.contains("com.library.Base")).isTrue();
        assertThat(index.contains("com.library.OnlyOn17")).isTrue();
        assertThat(index.contains("META-INF.versions.17.com.library.OnlyOn17")).isFalse();
        assertThat(index.contains("com.library.messages")).isFalse();
        assertThat(index.contains("com.example.Missing")).isFalse();
    }
}
