package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modules to exclude must be module names other than java.base, and not also additional modules; each case fails
 * before any container starts with a message naming the module.
 */
class PackagerRejectsInvalidExcludeModulesTest {

    @TempDir
    Path temp;

    @Test
    void notAModuleName() throws Exception {
        assertThat(refused(List.of("java desktop"), List.of()))
                .hasMessageStartingWith("Module to exclude 'java desktop' is not a module name");
    }

    @Test
    void javaBase() throws Exception {
        assertThat(refused(List.of("java.base"), List.of())).hasMessageContaining("java.base, which every JRE needs");
    }

    @Test
    void bothAddedAndExcluded() throws Exception {
        assertThat(refused(List.of("java.sql"), List.of("java.sql")))
                .hasMessage("Module java.sql is both to be added"
                        + " (additionalModules) and excluded (excludeModules); keep it in one of them.");
    }

    private PackagingException refused(List<String> exclude, List<String> add) throws Exception {
        TestProject project = TestProject.create(temp);
        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .excludeModules(exclude)
                .additionalModules(add)
                .build());
        assertThat(e.code()).isEqualTo(Code.INVALID_EXCLUDE_MODULES);
        return e;
    }
}
