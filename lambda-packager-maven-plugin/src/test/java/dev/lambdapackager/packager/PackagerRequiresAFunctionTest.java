package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request without functions says what to configure rather than packaging nothing. */
class PackagerRequiresAFunctionTest {

    @TempDir
    Path temp;

    @Test
    void noFunction() throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(
                project.settings().classpath(project.classpath()).build());

        assertThat(e.code()).isEqualTo(Code.NO_FUNCTION);
        assertThat(e).hasMessage("No function to package: name a handler class or list the functions.");
    }
}
