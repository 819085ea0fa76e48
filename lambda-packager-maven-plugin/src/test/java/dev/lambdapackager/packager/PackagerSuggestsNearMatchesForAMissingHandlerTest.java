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
 * A handler class in none of the jars fails before any container starts, naming the class, the function and
 * how many jars were searched, and listing what was probably meant.
 */
class PackagerSuggestsNearMatchesForAMissingHandlerTest {

    @TempDir
    Path temp;

    @Test
    void typoInThePackage() throws Exception {
        PackagingException e = packWithHandler("com.exmple.Handler");

        assertThat(e.code()).isEqualTo(Code.HANDLER_NOT_FOUND);
        assertThat(e)
                .hasMessage("Handler class com.exmple.Handler of function Numbers is in none of the function's"
                        + " 2 jars. Did you mean: com.example.Handler?");
    }

    @Test
    void typoInTheClassName() throws Exception {
        assertThat(packWithHandler("com.example.util.Text"))
                .hasMessageEndingWith("Did you mean: com.example.util.Texts?");
    }

    @Test
    void nothingClose() throws Exception {
        PackagingException e = packWithHandler("org.acme.Unrelated");

        assertThat(e.code()).isEqualTo(Code.HANDLER_NOT_FOUND);
        assertThat(e).hasMessageEndingWith("is in none of the function's 2 jars. Check the package and class name.");
    }

    private PackagingException packWithHandler(String handler) throws Exception {
        TestProject project = TestProject.create(temp);
        return project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", handler))
                .classpath(project.classpath())
                .build());
    }
}
