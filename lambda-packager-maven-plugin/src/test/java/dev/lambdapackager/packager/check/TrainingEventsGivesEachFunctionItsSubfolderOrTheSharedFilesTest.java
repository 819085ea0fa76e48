package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events folder's rule: a function with a subfolder of its own name gets the {@code *.json} files there, every
 * other function the {@code *.json} files directly in the folder; always sorted by name, other files ignored.
 */
class TrainingEventsGivesEachFunctionItsSubfolderOrTheSharedFilesTest {

    @TempDir
    Path temp;

    @Test
    void ownSubfolderWinsOverTheSharedFiles() throws Exception {
        TestProject project = TestProject.create(temp);
        Path events = Files.createDirectories(temp.resolve("src/main/lambda-training"));
        Files.writeString(events.resolve("b-second.json"), "{\"n\":2}");
        Files.writeString(events.resolve("a-first.json"), "{\"n\":1}");
        Files.writeString(events.resolve("README.md"), "not an event");
        Path own = Files.createDirectories(events.resolve("Orders"));
        Files.writeString(own.resolve("10.json"), "{}");
        Files.writeString(own.resolve("02.json"), "{}");

        Map<String, List<Path>> byFunction = TrainingEvents.of(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .function(new FunctionSpec("Orders", "com.example.Handler"))
                .classpath(project.classpath())
                .trainingEventsDirectory(events)
                .build());

        assertThat(byFunction).containsOnlyKeys("Numbers", "Orders");
        assertThat(byFunction.get("Numbers"))
                .containsExactly(events.resolve("a-first.json"), events.resolve("b-second.json"));
        assertThat(byFunction.get("Orders")).containsExactly(own.resolve("02.json"), own.resolve("10.json"));
    }

    @Test
    void noFolderMeansNoEvents() throws Exception {
        TestProject project = TestProject.create(temp);

        Map<String, List<Path>> byFunction = TrainingEvents.of(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .build());

        assertThat(byFunction.get("Numbers")).isEmpty();
    }
}
