package dev.lambdapackager.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.FakeJavaTaskRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each jvmOption reaches the JVM as one argument, exactly as written in the POM: the shell neither splits it,
 * nor expands variables, commands or globs in it, nor eats its quotes or backslashes.
 */
class BootstrapScriptPassesJvmOptionsVerbatimTest {

    private static final List<String> OPTIONS = List.of(
            "-XX:+UseCompressedOops",
            "-Dgreeting=hello   world",
            "-Dtab=a\tb",
            "-Ddouble=\"quoted\"",
            "-Dsingle='quoted' and it's",
            "-Ddollar=$HOME ${PATH} $0 $$",
            "-Dcommand=$(echo injected) `echo injected`",
            "-Dglob=* lib/*.jar ?",
            "-Dbackslash=a\\b\\\\c\\n",
            "-Dshell=a;b|c&d>e<f #not a comment",
            "-Dtilde=~/x",
            "-Dunicode=Grüße");

    @TempDir
    Path taskRoot;

    @Test
    void optionsArriveUnchanged() throws Exception {
        String script = new BootstrapScript(
                        "Numbers",
                        "com.example.Handler",
                        "dev.example.Launcher",
                        List.of("numbers.jar"),
                        CdsArchive.NONE,
                        OPTIONS,
                        "test")
                .text();

        List<String> commandLine = FakeJavaTaskRoot.create(taskRoot, script).run(Map.of("HOME", "/home/lambda"));

        int first = commandLine.indexOf(OPTIONS.get(0));
        assertThat(first).as("command line %s", commandLine).isPositive();
        assertThat(commandLine.subList(first, first + OPTIONS.size())).containsExactlyElementsOf(OPTIONS);
        assertThat(taskRoot.resolve("injected")).doesNotExist();
    }
}
