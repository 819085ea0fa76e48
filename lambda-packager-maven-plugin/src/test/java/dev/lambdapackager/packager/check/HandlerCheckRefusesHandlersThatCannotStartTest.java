package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handler the runtime could never start is refused from its class files, with a message that names the
 * handler, the function and the rule broken, and says what to do.
 */
class HandlerCheckRefusesHandlersThatCannotStartTest {

    @TempDir
    static Path temp;

    static List<Path> jars;

    @BeforeAll
    static void compile() throws Exception {
        Map<String, String> function = new HashMap<>();
        String streaming =
                " implements dev.lambdapackager.runtime.StreamingLambdaHandler { public void handle(java.io.InputStream in) {} ";
        function.put("com.example.Hidden", "package com.example; class Hidden" + streaming + "}");
        function.put("com.example.Abstract", "package com.example; public abstract class Abstract" + streaming + "}");
        function.put(
                "com.example.Api",
                "package com.example; public interface Api extends dev.lambdapackager.runtime.StreamingLambdaHandler {}");
        function.put(
                "com.example.NeedsConfig",
                "package com.example; public class NeedsConfig" + streaming + " public NeedsConfig(String c) {} }");
        function.put(
                "com.example.Plain",
                "package com.example; public class Plain { public void handleRequest(String a, String b) {} }");
        function.put("com.example.Orphan", "package com.example; public class Orphan extends gone.Base {}");
        Map<Path, Map<String, String>> all = new HashMap<>();
        all.put(temp.resolve("function.jar"), function);
        all.put(temp.resolve("runtime.jar"), HandlerJars.STREAMING);
        all.put(temp.resolve("gone.jar"), Map.of("gone.Base", "package gone; public class Base {}"));
        HandlerJars.write(all);
        // gone.jar is left out: the jar of Orphan's superclass is missing.
        jars = List.of(temp.resolve("function.jar"), temp.resolve("runtime.jar"));
    }

    @Test
    void notPublic() throws Exception {
        assertThat(refused("com.example.Hidden"))
                .hasMessage(
                        "Handler class com.example.Hidden of function Fn is not public; make it public (the runtime loads it from its own package).");
    }

    @Test
    void abstractOrInterface() throws Exception {
        assertThat(refused("com.example.Abstract"))
                .hasMessage(
                        "Handler class com.example.Abstract of function Fn is abstract; name a concrete subclass of it.");
        assertThat(refused("com.example.Api"))
                .hasMessage(
                        "Handler class com.example.Api of function Fn is an interface; name a class that implements it.");
    }

    @Test
    void noPublicNoArgumentConstructor() throws Exception {
        assertThat(refused("com.example.NeedsConfig"))
                .hasMessage(
                        "Handler class com.example.NeedsConfig of function Fn"
                                + " has no public no-argument constructor; add one (the runtime creates the handler with it once, at start).");
    }

    @Test
    void noHandlerInterface() throws Exception {
        assertThat(refused("com.example.Plain"))
                .hasMessage("Handler class com.example.Plain of function Fn implements"
                        + " none of the handler interfaces (StreamingLambdaHandler, RequestStreamHandler, RequestHandler<I, O>);"
                        + " implement one of them, or name a method of it as com.example.Plain::method.");
    }

    @Test
    void aSupertypeInNoJarIsNamed() throws Exception {
        assertThat(refused("com.example.Orphan"))
                .hasMessageContaining(
                        "(its supertypes gone.Base are in none of the jars, so they could not be checked)");
    }

    @Test
    void methodMissingOrWithAnUnsupportedSignature() throws Exception {
        assertThat(refused("com.example.Plain::handle"))
                .hasMessage("Handler com.example.Plain::handle of function Fn:"
                        + " com.example.Plain has no public method handle; name a public method of it.");
        assertThat(refused("com.example.Plain::handleRequest"))
                .hasMessage(
                        "Handler com.example.Plain::handleRequest of"
                                + " function Fn has no supported signature: handleRequest(java.lang.String, java.lang.String). Use (I),"
                                + " (I, Context), (InputStream, OutputStream), (InputStream, OutputStream, Context) or (), returning void or a value.");
    }

    @Test
    void notAClassName() throws Exception {
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> check("com.example.Plain::"));
        assertThat(e.code()).isEqualTo(Code.HANDLER_NOT_FOUND);
        assertThat(e).hasMessageContaining("is neither a class name nor Class::method");
    }

    private static PackagingException refused(String handler) {
        PackagingException e = catchThrowableOfType(PackagingException.class, () -> check(handler));
        assertThat(e).as(handler).isNotNull();
        assertThat(e.code()).isEqualTo(Code.HANDLER_INVALID);
        return e;
    }

    private static void check(String handler) throws Exception {
        try (HandlerCheck check = HandlerCheck.of(jars)) {
            check.check(new FunctionSpec("Fn", handler));
        }
    }
}
