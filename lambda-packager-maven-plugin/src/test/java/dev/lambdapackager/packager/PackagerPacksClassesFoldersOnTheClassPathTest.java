package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reactor sibling resolved to its classes folder ({@code mvn compile lambda:archive}) is no longer refused: it is
 * packed into a jar named after the dependency and the build goes on to the JRE; a path that does not exist at all
 * is still refused, naming the dependency and the phase to run.
 */
class PackagerPacksClassesFoldersOnTheClassPathTest {

    @TempDir
    Path temp;

    @Test
    void siblingClassesFolderIsPacked() throws Exception {
        TestProject project = TestProject.create(temp);
        Path classes = Files.createDirectories(temp.resolve("model/target/classes/com/example/model"));
        Files.writeString(classes.resolve("Model.class"), "not really a class");

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(List.of(
                        project.function(),
                        new ClasspathEntry(temp.resolve("model/target/classes"), "com.example", "model", "1.0", null),
                        project.runtime()))
                .build());

        assertThat(e.code()).isIn(Code.IMAGE_MISSING, Code.ENGINE_UNREACHABLE);
        assertThat(temp.resolve("target/lambda-packager/work/classes-jars/model-1.0.jar"))
                .isRegularFile();
    }

    @Test
    void missingDependencyFile() throws Exception {
        TestProject project = TestProject.create(temp);
        Path missing = temp.resolve("model/target/model-1.0.jar");

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(List.of(
                        project.function(),
                        new ClasspathEntry(missing, "com.example", "model", "1.0", null),
                        project.runtime()))
                .build());

        assertThat(e.code()).isEqualTo(Code.FUNCTION_JAR_MISSING);
        assertThat(e)
                .hasMessageStartingWith(
                        "Dependency com.example:model:1.0 resolved to " + missing + ", which does not exist;")
                .hasMessageContaining("run the package phase");
    }
}
