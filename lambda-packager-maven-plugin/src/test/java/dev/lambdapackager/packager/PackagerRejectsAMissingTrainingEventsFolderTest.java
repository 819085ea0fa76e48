package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configured training events folder that is not there (a typo, a file) would silently train without events:
 * refused before any container starts, naming the folder and what to put in it.
 */
class PackagerRejectsAMissingTrainingEventsFolderTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFolderIsRefused() throws Exception {
        TestProject project = TestProject.create(temp);
        Path missing = temp.resolve("src/main/lambda-trainng");

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .trainingEventsDirectory(missing)
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_TRAINING_EVENTS);
        assertThat(e)
                .hasMessage("The training events folder " + missing + " does not exist or is not a folder; create it"
                        + " with one JSON event per *.json file, or leave the setting out to train without events.");
    }

    @Test
    void aFileInsteadOfAFolderIsRefused() throws Exception {
        TestProject project = TestProject.create(temp);
        Path file = Files.writeString(temp.resolve("event.json"), "{}");

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .trainingEventsDirectory(file)
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_TRAINING_EVENTS);
        assertThat(e.getMessage())
                .startsWith("The training events folder " + file + " does not exist or is not a folder");
    }
}
