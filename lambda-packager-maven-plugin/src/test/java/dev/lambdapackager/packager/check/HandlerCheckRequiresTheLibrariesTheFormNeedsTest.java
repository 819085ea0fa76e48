package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handler that uses aws-lambda-java-core is refused when that jar is not among the function's (as with
 * {@code provided} scope), and one whose input or output the runtime must bind from JSON is refused without
 * aws-lambda-java-serialization; each message carries the exact {@code <dependency>} to add.
 */
class HandlerCheckRequiresTheLibrariesTheFormNeedsTest {

    @TempDir
    Path temp;

    @Test
    void requestHandlerWithoutCore() throws Exception {
        List<Path> jars = jars(false, false);

        PackagingException e = refused(jars, "com.example.Pojo");

        assertThat(e)
                .hasMessage("Handler class com.example.Pojo of function Fn uses RequestHandler of aws-lambda-java-core,"
                        + " which is in none of the function's 1 jars (a dependency in provided or test scope is left out of the zip)."
                        + " Add it in compile scope: <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-core"
                        + "</artifactId><version>1.4.0</version></dependency>");
    }

    @Test
    void requestHandlerWithoutSerialization() throws Exception {
        PackagingException e = refused(jars(true, false), "com.example.Pojo");

        assertThat(e)
                .hasMessage("Handler class com.example.Pojo of function Fn implements RequestHandler, so the runtime"
                        + " needs aws-lambda-java-serialization to bind its JSON, and it is in none of the function's 2 jars. Add it:"
                        + " <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-serialization</artifactId>"
                        + "<version>1.4.1</version></dependency>");
    }

    @Test
    void methodHandlersNeedSerializationOnlyForNonStreamTypes() throws Exception {
        List<Path> coreOnly = jars(true, false);
        assertThat(refused(coreOnly, "com.example.Methods::pojo"))
                .hasMessageContaining(
                        "takes or returns java.util.Map, so the" + " runtime needs aws-lambda-java-serialization");
        assertThat(refused(coreOnly, "com.example.Methods::answer"))
                .hasMessageContaining("takes or returns java.lang.String");
        try (HandlerCheck check = HandlerCheck.of(coreOnly)) {
            check.check(new FunctionSpec("Fn", "com.example.Methods::streams"));
            check.check(new FunctionSpec("Fn", "com.example.Stream"));
        }
        assertThat(refused(jars(false, false), "com.example.Methods::streams"))
                .hasMessageContaining("uses com.amazonaws.services.lambda.runtime of aws-lambda-java-core");
    }

    @Test
    void bothPresent() throws Exception {
        try (HandlerCheck check = HandlerCheck.of(jars(true, true))) {
            check.check(new FunctionSpec("Fn", "com.example.Pojo"));
            check.check(new FunctionSpec("Fn", "com.example.Methods::pojo"));
        }
    }

    private List<Path> jars(boolean core, boolean serialization) throws Exception {
        Map<String, String> function = Map.of(
                "com.example.Pojo",
                        "package com.example; import com.amazonaws.services.lambda.runtime.*;"
                                + " public class Pojo implements RequestHandler<java.util.Map<String, String>, String> {"
                                + " public String handleRequest(java.util.Map<String, String> m, Context c) { return \"\"; } }",
                "com.example.Stream",
                        "package com.example; import com.amazonaws.services.lambda.runtime.*; import java.io.*;"
                                + " public class Stream implements RequestStreamHandler { public void handleRequest(InputStream i, OutputStream o, Context c) {} }",
                "com.example.Methods",
                        "package com.example; import java.io.*;"
                                + " public class Methods { public void pojo(java.util.Map<String, Object> in) {}"
                                + " public static String answer() { return \"42\"; }"
                                + " public void streams(InputStream in, OutputStream out, com.amazonaws.services.lambda.runtime.Context c) {} }");
        Path dir = temp.resolve(core + "-" + serialization);
        HandlerJars.write(Map.of(
                dir.resolve("function.jar"),
                function,
                dir.resolve("core.jar"),
                HandlerJars.AWS_CORE,
                dir.resolve("serialization.jar"),
                HandlerJars.AWS_SERIALIZATION));
        List<Path> jars = new java.util.ArrayList<>(List.of(dir.resolve("function.jar")));
        if (core) {
            jars.add(dir.resolve("core.jar"));
        }
        if (serialization) {
            jars.add(dir.resolve("serialization.jar"));
        }
        return jars;
    }

    private static PackagingException refused(List<Path> jars, String handler) {
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> {
            try (HandlerCheck check = HandlerCheck.of(jars)) {
                check.check(new FunctionSpec("Fn", handler));
            }
        });
        assertThat(e).as(handler).isNotNull();
        assertThat(e.code()).isEqualTo(Code.HANDLER_DEPENDENCY_MISSING);
        return e;
    }
}
