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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extra files go to the zip's root, where bootstrap, lib/ and jre/ are the packager's: a file that would
 * replace or add to them is refused, naming it, before the JRE is built (an arm64 build takes a minute).
 */
class PackagerRefusesExtraFilesThatClashTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        "bootstrap, bootstrap, bootstrap",
        "lib/extra.jar, lib, lib/",
        "jre/lib/security/java.security, jre, jre/"
    })
    void clashRefused(String file, String clashing, String packagersOwn) throws Exception {
        TestProject project = TestProject.create(temp);
        Path extra = extraFiles(file);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .extraFilesDirectory(extra)
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_EXTRA_FILES);
        // A folder is named by its top: moving that one folder is the fix.
        assertThat(e)
                .hasMessageStartingWith("The extra files include " + extra.resolve(clashing)
                        + ", which would replace the packager's own " + packagersOwn + "; move it elsewhere in "
                        + extra);
    }

    @Test
    void namesThatOnlyStartTheSameAreFine() throws Exception {
        TestProject project = TestProject.create(temp);
        Path extra = extraFiles("bootstrap.properties");
        Files.createDirectories(extra.resolve("library"));
        Files.writeString(extra.resolve("library/notes.txt"), "x");
        Files.writeString(extra.resolve("jre.txt"), "x");

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .extraFilesDirectory(extra)
                .build());

        // Past validation, the unreachable builder image is what stops it.
        assertThat(e.code()).isIn(Code.IMAGE_MISSING, Code.ENGINE_UNREACHABLE);
    }

    private Path extraFiles(String file) throws Exception {
        Path extra = temp.resolve("src/main/lambda");
        Files.createDirectories(extra.resolve(file).getParent());
        Files.writeString(extra.resolve(file), "x");
        return extra;
    }
}
