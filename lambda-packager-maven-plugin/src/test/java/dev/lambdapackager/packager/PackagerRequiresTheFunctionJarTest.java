package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn lambda:archive} without {@code package} has no function jar yet: the message names the jar it
 * looked for and the command that builds it.
 */
class PackagerRequiresTheFunctionJarTest {

    @TempDir
    Path temp;

    @Test
    void jarNotBuilt() throws Exception {
        TestProject project = TestProject.create(temp);
        Path notBuilt = temp.resolve("target/letters-1.0.jar");

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(
                        List.of(new ClasspathEntry(notBuilt, "com.example", "letters", "1.0", null), project.runtime()))
                .build());

        assertThat(e.code()).isEqualTo(Code.FUNCTION_JAR_MISSING);
        assertThat(e)
                .hasMessageContaining("The function's jar " + notBuilt + " does not exist")
                .hasMessageContaining("mvn package");
    }

    @Test
    void emptyClassPath() throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .build());

        assertThat(e.code()).isEqualTo(Code.FUNCTION_JAR_MISSING);
        assertThat(e).hasMessageContaining("The function's jar (none) does not exist");
    }
}
