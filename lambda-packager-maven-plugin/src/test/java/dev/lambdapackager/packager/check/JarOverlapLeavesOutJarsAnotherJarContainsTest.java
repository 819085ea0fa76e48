package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.JarInput;
import dev.lambdapackager.testing.RecordingListener;
import dev.lambdapackager.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shaded jar next to the jars it was made from: the contained jars are left out of lib/ and the log says which
 * and why; jars that share only some classes all stay, with one warning giving the count, the jars and the fix.
 */
class JarOverlapLeavesOutJarsAnotherJarContainsTest {

    @TempDir
    Path temp;

    @Test
    void shadedJarNextToItsDependencies() throws Exception {
        JarInput uber = jar(
                "fn-1.0.jar",
                "com/example/Fn.class",
                "a/A.class",
                "a/A$1.class",
                "b/B.class",
                "META-INF/maven/fn/pom.properties");
        JarInput a = jar("a-1.0.jar", "a/A.class", "a/A$1.class", "META-INF/maven/a/pom.properties");
        JarInput b = jar("b-1.0.jar", "b/B.class", "module-info.class");
        JarInput resources = jar("resources-1.0.jar", "config/app.properties");
        RecordingListener log = new RecordingListener();

        JarOverlap overlap = JarOverlap.of(List.of(uber, a, b, resources));
        overlap.report(log);

        assertThat(overlap.kept()).containsExactly(uber, resources);
        assertThat(log.lines())
                .containsExactly(
                        "INFO Left 2 jars out of lib/: every class of each is in another jar already,"
                                + " as next to a shaded jar made from them: a-1.0.jar (in fn-1.0.jar), b-1.0.jar (in fn-1.0.jar)");
    }

    @Test
    void theSameJarTwiceKeepsTheFirst() throws Exception {
        JarInput first = jar("x-1.0.jar", "x/X.class");
        JarInput second = jar("y-1.0.jar", "x/X.class");

        assertThat(JarOverlap.of(List.of(first, second)).kept()).containsExactly(first);
    }

    @Test
    void partialOverlapWarns() throws Exception {
        JarInput one = jar("one-1.0.jar", "p/A.class", "p/B.class", "one/Only.class");
        JarInput two = jar("two-2.0.jar", "p/A.class", "p/B.class", "two/Only.class");
        RecordingListener log = new RecordingListener();

        JarOverlap overlap = JarOverlap.of(List.of(one, two));
        overlap.report(log);

        assertThat(overlap.kept()).containsExactly(one, two);
        assertThat(log.lines())
                .containsExactly("WARN Jars in lib/ hold the same classes, and the first on the class path wins:"
                        + " one-1.0.jar and two-2.0.jar share 2 classes (e.g. p.A, p.B). If one is a shaded (uber) jar, depend on the"
                        + " plain jar instead, or exclude the duplicated dependency.");
    }

    private JarInput jar(String name, String... entries) throws Exception {
        return new JarInput(TestJars.withEntries(temp.resolve(name), null, entries), name, name);
    }
}
