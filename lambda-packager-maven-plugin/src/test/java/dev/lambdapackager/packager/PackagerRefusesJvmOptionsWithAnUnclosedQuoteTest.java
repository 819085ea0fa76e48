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

/** JVM options with a quote never closed fail before any container starts, quoting the value and naming the setting. */
class PackagerRefusesJvmOptionsWithAnUnclosedQuoteTest {

    @TempDir
    Path temp;

    @Test
    void unclosedQuote() throws Exception {
        TestProject project = TestProject.create(temp);

        PackagingException e = project.packExpectingFailure(project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .jvmOptions(List.of("-Xss512k -Dgreeting='hi"))
                .build());

        assertThat(e.code()).isEqualTo(Code.INVALID_JVM_OPTIONS);
        assertThat(e.code().settings()).containsExactly("jvmOptions");
        assertThat(e)
                .hasMessage("Cannot split the JVM options into arguments: '-Xss512k -Dgreeting='hi' has a single quote"
                        + " that is never closed; close the quote, or escape it with a backslash to pass it on.");
    }
}
