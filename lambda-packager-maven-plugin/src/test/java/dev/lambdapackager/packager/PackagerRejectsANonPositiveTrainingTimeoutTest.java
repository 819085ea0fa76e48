package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A training timeout of zero or less would stop every training event at once: refused up front, quoting it. */
class PackagerRejectsANonPositiveTrainingTimeoutTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void refused(long seconds) throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .trainingTimeout(Duration.ofSeconds(seconds))
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_TRAINING_TIMEOUT);
        assertThat(e).hasMessage("The training timeout must be positive, not " + seconds + " s.");
    }
}
