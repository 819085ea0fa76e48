package dev.lambdapackager.packager;

import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a reactor built only to {@code compile}, a sibling module resolves to its target/classes folder, which
 * cannot go into lib/ as a jar: the message names the dependency, the folder and the phase to run.
 */
class PackagerRefusesADependencyThatIsAFolderTest {

    @TempDir
    Path temp;

    @Test
    void siblingModuleNotPackaged() throws Exception {
        TestProject project = TestProject.create(temp);
        Path classes = Files.createDirectories(temp.resolve("model/target/classes"));

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(List.of(project.function(), new ClasspathEntry(classes, "com.example", "model", "1.0", null),
                        project.runtime()))
                .build());

        assertThat(e.code()).isEqualTo(Code.FUNCTION_JAR_MISSING);
        assertThat(e).hasMessageContaining("Dependency com.example:model:1.0 resolved to " + classes + ", which is not a jar file")
                .hasMessageContaining("run the package phase");
    }
}
