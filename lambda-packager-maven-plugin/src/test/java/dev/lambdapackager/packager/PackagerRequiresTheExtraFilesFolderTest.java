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
 * A configured extra files folder that is not there (a typo in the POM) is an error, not an empty folder,
 * and is reported before the JRE is built.
 */
class PackagerRequiresTheExtraFilesFolderTest {

    @TempDir
    Path temp;

    @Test
    void missingFolder() throws Exception {
        assertRefused(temp.resolve("src/main/lamda"));
    }

    @Test
    void fileInsteadOfFolder() throws Exception {
        assertRefused(Files.writeString(temp.resolve("lambda.zip"), "x"));
    }

    private void assertRefused(Path extra) throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .extraFilesDirectory(extra)
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_EXTRA_FILES);
        assertThat(e).hasMessage("The extra files directory " + extra + " does not exist or is not a folder.");
    }
}
