package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a handler is not found, the likeliest meant classes are suggested: first those with the same simple
 * name in another package (a moved class, a wrong package), then names a few keystrokes away; five at most,
 * and never a nested or anonymous class, which cannot be a handler.
 */
class ClassIndexSuggestsNearMatchesTest {

    @TempDir
    Path temp;

    @Test
    void sameSimpleNameInAnotherPackageComesBeforeTypos() throws Exception {
        ClassIndex index =
                index("com/example/Handlers.class", "org/acme/HANDLER.class", "com/example/handlers/Handler.class");

        assertThat(index.nearMatches("com.example.Handler"))
                .containsExactly("com.example.handlers.Handler", "org.acme.HANDLER", "com.example.Handlers");
    }

    @Test
    void closestFirstAndAtMostFive() throws Exception {
        ClassIndex index = index(
                "com/example/Hxxdlxrs.class", // 4 edits
                "com/example/Hxndlxrs.class", // 3
                "com/example/Hxndlxr.class", // 2
                "com/examples/Handlerz.class", // 2
                "com/example/Handlers.class", // 1
                "com/example/Handle.class", // 1
                "com/example/Xxxxxxxxxxx.class");

        assertThat(index.nearMatches("com.example.Handler"))
                .containsExactly(
                        "com.example.Handle",
                        "com.example.Handlers",
                        "com.example.Hxndlxr",
                        "com.examples.Handlerz",
                        "com.example.Hxndlxrs");
    }

    @Test
    void neverNestedOrAnonymousClasses() throws Exception {
        ClassIndex index = index(
                "com/example/Handler$1.class",
                "com/example/Handlr$Builder.class",
                "com/other/Outer$Handler.class",
                "com/example/Handlr.class");

        assertThat(index.nearMatches("com.example.Handler")).containsExactly("com.example.Handlr");
    }

    @Test
    void nothingCloseMeansNoSuggestion() throws Exception {
        assertThat(index("com/example/Other.class", "org/acme/Different.class").nearMatches("com.example.Handler"))
                .isEmpty();
    }

    private ClassIndex index(String... entries) throws Exception {
        return ClassIndex.of(List.of(TestJars.withEntries(temp.resolve("function.jar"), null, entries)));
    }
}
