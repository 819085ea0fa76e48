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

/** A build timeout of zero or less could only ever time out: refused before a container is started, quoting it. */
class PackagerRejectsANonPositiveBuildTimeoutTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(longs = {0, -5})
    void refused(long seconds) throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .buildTimeout(Duration.ofSeconds(seconds))
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_BUILD_TIMEOUT);
        assertThat(e).hasMessage("The build timeout must be positive, not " + seconds + " s.");
    }
}
