package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * jdeps finds no module but java.base in the runtime's classes: a jlinked java.base JRE can run it. Only the
 * adapters in internal.compat refer to the optional aws-lambda-java-serialization, which is left off jdeps' class
 * path: what that library itself needs (jdeps follows it) is the function's affair, checked when it is packaged.
 */
class TheRuntimeNeedsOnlyJavaBaseTest {

    @Test
    void jdepsPrintsJavaBase() throws Exception {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int status = jdeps.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "--print-module-deps",
                "--multi-release",
                "17",
                "--ignore-missing-deps",
                "--class-path",
                location(RequestStreamHandler.class),
                location(LambdaRuntime.class));

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString().trim()).isEqualTo("java.base");
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
