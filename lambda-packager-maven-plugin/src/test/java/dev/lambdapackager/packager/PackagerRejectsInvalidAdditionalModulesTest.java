package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module names go into the build script and onto jlink's command line: anything that is not a module name is
 * refused up front, quoted, rather than failing minutes later in the container (or being run as shell).
 */
class PackagerRejectsInvalidAdditionalModulesTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"java sql", "java..sql", "9lives", "--add-opens", "java.sql;reboot", "java.sql,", ""})
    void refused(String module) throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .additionalModules(List.of("jdk.crypto.ec", module))
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_MODULE_NAME);
        assertThat(e)
                .hasMessage("Additional module '" + module
                        + "' is not a module name; use names such as jdk.crypto.ec or java.sql.");
    }
}
