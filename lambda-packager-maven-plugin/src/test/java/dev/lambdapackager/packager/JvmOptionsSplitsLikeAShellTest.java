package dev.lambdapackager.packager;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.packager.launch.BootstrapScript;
import dev.lambdapackager.packager.launch.CdsArchive;
import dev.lambdapackager.packager.model.JvmOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jvmOptions} values are split into arguments as sh splits them (quotes kept together, backslashes
 * escaping, nothing expanded); the words reach the JVM exactly, through bootstrap, as the same shell would pass them;
 * an unclosed quote is refused with the value quoted.
 */
class JvmOptionsSplitsLikeAShellTest {

    @TempDir
    Path temp;

    @Test
    void blanksSeparateAndQuotesJoin() {
        assertThat(JvmOptions.split(
                        List.of("-Xss512k -Dgreeting=hi", "  -Da='one two'  -Db=\"x \\\"y\\\" $HOME\" -Dc=a\\ b")))
                .containsExactly("-Xss512k", "-Dgreeting=hi", "-Da=one two", "-Db=x \"y\" $HOME", "-Dc=a b");
        assertThat(JvmOptions.split(List.of("-Dempty='' -Dq=it\\'s"))).containsExactly("-Dempty=", "-Dq=it's");
        assertThat(JvmOptions.split(List.of("", " \t"))).isEmpty();
    }

    @Test
    void unclosedQuotesAndTrailingBackslashesAreRefused() {
        assertThatThrownBy(() -> JvmOptions.split(List.of("-Da='x")))
                .hasMessage("'-Da='x' has a single quote that is never closed");
        assertThatThrownBy(() -> JvmOptions.split(List.of("-Da=\"x")))
                .hasMessage("'-Da=\"x' has a double quote that is never closed");
        assertThatThrownBy(() -> JvmOptions.split(List.of("-Da=x\\"))).hasMessageContaining("ends in a backslash");
    }

    @Test
    void bootstrapPassesEachWordAsOneArgument() throws Exception {
        List<String> words = JvmOptions.split(List.of("-Xss512k -Dgreeting='hello world' -Dodd=\"a'b\\\"c $x `y`\""));
        String script = new BootstrapScript(
                        "Fn", "com.example.Fn", "dev.Launcher", List.of("fn.jar"), CdsArchive.NONE, words, "test")
                .text();
        // Run the bootstrap with a stand-in java that prints its arguments one per line.
        Path task = temp.resolve("task");
        Files.createDirectories(task.resolve("jre/bin"));
        Path java = Files.writeString(
                task.resolve("jre/bin/java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        java.toFile().setExecutable(true);
        Path bootstrap = Files.writeString(task.resolve("bootstrap"), script);
        Process p = new ProcessBuilder("/bin/sh", bootstrap.toString())
                .redirectErrorStream(true)
                .start();
        List<String> args =
                new String(p.getInputStream().readAllBytes(), UTF_8).lines().toList();
        assertThat(p.waitFor()).isZero();
        assertThat(args)
                .containsSubsequence(
                        "-Xss512k", "-Dgreeting=hello world", "-Dodd=a'b\"c $x `y`", "dev.Launcher", "com.example.Fn");
    }
}
