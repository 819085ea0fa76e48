package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.check.HandlerCheck.Form;
import dev.lambdapackager.packager.model.FunctionSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every handler form of the shared spec passes the check when its libraries are in the jars: the three
 * interfaces (implemented directly, through a superclass in another jar, or through a generic superinterface),
 * {@code Class::method} with each accepted signature (static or instance), and AWS's {@code Class::handleRequest}
 * for an interface handler.
 */
class HandlerCheckAcceptsEveryHandlerFormTest {

    @TempDir
    static Path temp;

    static List<Path> jars;

    @BeforeAll
    static void compile() throws Exception {
        Map<String, String> function = new HashMap<>();
        function.put(
                "com.example.Streaming",
                "package com.example; public class Streaming implements"
                        + " dev.lambdapackager.runtime.StreamingLambdaHandler { public void handle(java.io.InputStream in) {} }");
        function.put(
                "com.example.Streams",
                "package com.example; import com.amazonaws.services.lambda.runtime.*; import java.io.*;"
                        + " public class Streams implements RequestStreamHandler { public void handleRequest(InputStream i, OutputStream o, Context c) {} }");
        function.put(
                "com.example.Inherited", "package com.example; public class Inherited extends base.BaseHandler {}");
        function.put(
                "com.example.Generic",
                "package com.example; public class Generic implements base.MapHandler<String> {"
                        + " public String handleRequest(java.util.Map<String, String> m, com.amazonaws.services.lambda.runtime.Context c) { return \"\"; } }");
        function.put(
                "com.example.Methods",
                """
                package com.example;
                import com.amazonaws.services.lambda.runtime.Context;
                import java.io.*;
                public class Methods {
                    public String pojo(java.util.Map<String, Object> in) { return ""; }
                    public String withContext(String in, Context c) { return in; }
                    public void streams(InputStream in, OutputStream out) {}
                    public void streamsWithContext(InputStream in, OutputStream out, Context c) {}
                    public static int none() { return 1; }
                    public static void overloaded(int a, int b, int c, int d) {}
                    public static void overloaded(InputStream in, OutputStream out) {}
                }
                """);
        function.put(
                "com.example.StaticOnly",
                "package com.example; public abstract class StaticOnly {"
                        + " private StaticOnly() {} public static void run(java.io.InputStream in, java.io.OutputStream out) {} }");
        Map<String, String> base = Map.of(
                "base.BaseHandler",
                        "package base; import com.amazonaws.services.lambda.runtime.*;"
                                + " public class BaseHandler implements RequestHandler<String, String> { public String handleRequest(String s, Context c) { return s; } }",
                "base.MapHandler",
                        "package base; public interface MapHandler<O> extends"
                                + " com.amazonaws.services.lambda.runtime.RequestHandler<java.util.Map<String, String>, O> {}");
        Map<Path, Map<String, String>> all = new HashMap<>();
        all.put(temp.resolve("function.jar"), function);
        all.put(temp.resolve("base.jar"), base);
        all.put(temp.resolve("aws-lambda-java-core.jar"), HandlerJars.AWS_CORE);
        all.put(temp.resolve("aws-lambda-java-serialization.jar"), HandlerJars.AWS_SERIALIZATION);
        all.put(temp.resolve("runtime.jar"), HandlerJars.STREAMING);
        HandlerJars.write(all);
        jars = List.of(
                temp.resolve("function.jar"),
                temp.resolve("base.jar"),
                temp.resolve("aws-lambda-java-core.jar"),
                temp.resolve("aws-lambda-java-serialization.jar"),
                temp.resolve("runtime.jar"));
    }

    @Test
    void interfaces() throws Exception {
        assertThat(check("com.example.Streaming")).isEqualTo(Form.STREAMING);
        assertThat(check("com.example.Streams")).isEqualTo(Form.REQUEST_STREAM_HANDLER);
    }

    @Test
    void interfaceThroughASuperclassInAnotherJar() throws Exception {
        assertThat(check("com.example.Inherited")).isEqualTo(Form.REQUEST_HANDLER);
    }

    @Test
    void interfaceThroughAGenericSuperinterface() throws Exception {
        assertThat(check("com.example.Generic")).isEqualTo(Form.REQUEST_HANDLER);
    }

    @Test
    void awsNotationForAnInterfaceHandler() throws Exception {
        assertThat(check("com.example.Streams::handleRequest")).isEqualTo(Form.REQUEST_STREAM_HANDLER);
        assertThat(check("com.example.Inherited::handleRequest")).isEqualTo(Form.REQUEST_HANDLER);
    }

    @Test
    void methodsWithEachAcceptedSignature() throws Exception {
        for (String method : List.of("pojo", "withContext", "streams", "streamsWithContext", "none", "overloaded")) {
            assertThat(check("com.example.Methods::" + method)).as(method).isEqualTo(Form.METHOD);
        }
    }

    @Test
    void aStaticMethodNeedsNoConstructor() throws Exception {
        assertThat(check("com.example.StaticOnly::run")).isEqualTo(Form.METHOD);
    }

    private static Form check(String handler) throws Exception {
        try (HandlerCheck check = HandlerCheck.of(jars)) {
            return check.check(new FunctionSpec("Fn", handler));
        }
    }
}
