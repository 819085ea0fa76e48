package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People write handlers the way other runtimes take them (as a path, with a trailing dot, with spaces): the
 * message says a fully qualified class name (or AWS's Class::method) is wanted, with an example, and quotes what was
 * given.
 */
class PackagerRejectsAHandlerThatIsNotAClassNameTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "com.example.Handler::",
                "com.example.Handler::handle(String)",
                "com/example/Handler",
                "com.example.Handler.",
                "com.example.",
                "com example Handler",
                "",
                "$(reboot)"
            })
    void refused(String handler) throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", handler))
                .classpath(project.classpath())
                .build());

        assertThat(e.code()).isEqualTo(Code.HANDLER_NOT_FOUND);
        assertThat(e)
                .hasMessageStartingWith(
                        "Handler '" + handler + "' of function Numbers is neither a class name nor Class::method")
                .hasMessageContaining("e.g. com.example.MyHandler");
    }
}
