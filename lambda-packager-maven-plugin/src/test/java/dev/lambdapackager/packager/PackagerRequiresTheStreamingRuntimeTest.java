package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestJars;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bootstrap starts the streaming runtime's launcher, so the runtime must be a dependency: when it is missing
 * the message is the dependency to paste into the POM, with the plugin's version; when a jar has the
 * runtime's coordinates but no launcher, the message says it is not a usable runtime jar.
 */
class PackagerRequiresTheStreamingRuntimeTest {

    @TempDir
    Path temp;

    @Test
    void runtimeMissing() throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(List.of(project.function()))
                .build());

        assertThat(e.code()).isEqualTo(Code.RUNTIME_JAR_MISSING);
        assertThat(e)
                .hasMessageContaining("Add this dependency (compile or runtime scope):\n"
                        + "  <dependency>\n"
                        + "    <groupId>dev.lambdapackager</groupId>\n"
                        + "    <artifactId>lambda-streaming-runtime</artifactId>\n"
                        + "    <version>" + TestProject.RUNTIME_VERSION + "</version>\n"
                        + "  </dependency>");
    }

    @Test
    void runtimeJarWithoutMainClass() throws Exception {
        TestProject project = TestProject.create(temp);
        Path noLauncher = TestJars.withEntries(
                temp.resolve("repository/lambda-streaming-runtime-0.0.1.jar"),
                null,
                "dev/lambdapackager/runtime/Launcher.class");
        ClasspathEntry runtime =
                new ClasspathEntry(noLauncher, "dev.lambdapackager", "lambda-streaming-runtime", "0.0.1", null);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(List.of(project.function(), runtime))
                .build());

        assertThat(e.code()).isEqualTo(Code.RUNTIME_JAR_MISSING);
        assertThat(e)
                .hasMessageContaining("dev.lambdapackager:lambda-streaming-runtime:0.0.1 (" + noLauncher
                        + ") has no Main-Class in its manifest")
                .hasMessageEndingWith(
                        "depend on dev.lambdapackager:lambda-streaming-runtime:" + TestProject.RUNTIME_VERSION + ".");
    }
}
