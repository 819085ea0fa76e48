package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names are checked first of all: with no jar built yet (an empty class path), a bad name is still the
 * failure reported, so fixing the POM is one round trip.
 */
class PackagerChecksFunctionNamesBeforeTheJarsTest {

    @TempDir
    Path temp;

    @Test
    void invalidName() throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Send Numbers", "com.example.Handler"))
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_FUNCTION_NAME);
        assertThat(e).hasMessageContaining("'Send Numbers'");
    }

    @Test
    void nameRepeatedInAnotherCase() throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("numbers", "com.example.Handler"))
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .build());

        assertThat(e.code()).isEqualTo(Code.DUPLICATE_FUNCTION_NAME);
        assertThat(e).hasMessageContaining("'Numbers' is given twice");
    }
}
