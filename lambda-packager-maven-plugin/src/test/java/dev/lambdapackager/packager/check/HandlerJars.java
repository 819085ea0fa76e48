package dev.lambdapackager.packager.check;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Real jars for the handler check: Java sources compiled together (so one jar's classes may extend another's),
 * then packed jar by jar; stand-ins for aws-lambda-java-core and aws-lambda-java-serialization carry the real
 * names those libraries have.
 */
final class HandlerJars {

    static final Map<String, String> AWS_CORE = Map.of(
            "com.amazonaws.services.lambda.runtime.Context",
            "package com.amazonaws.services.lambda.runtime; public interface Context { String getAwsRequestId(); }",
            "com.amazonaws.services.lambda.runtime.RequestHandler",
            "package com.amazonaws.services.lambda.runtime; public interface RequestHandler<I, O> { O handleRequest(I input, Context context); }",
            "com.amazonaws.services.lambda.runtime.RequestStreamHandler",
            "package com.amazonaws.services.lambda.runtime; import java.io.*;"
                    + " public interface RequestStreamHandler { void handleRequest(InputStream in, OutputStream out, Context c) throws IOException; }");
    static final Map<String, String> AWS_SERIALIZATION = Map.of(
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "package com.amazonaws.services.lambda.runtime.serialization; public interface PojoSerializer<T> { T fromJson(String s); }");
    static final Map<String, String> STREAMING = Map.of(
            "dev.lambdapackager.runtime.StreamingLambdaHandler",
            "package dev.lambdapackager.runtime; public interface StreamingLambdaHandler { void handle(java.io.InputStream in); }");

    private HandlerJars() {}

    /** Compiles all {@code jars}' sources together, then writes each jar (path → its class name → source). */
    static void write(Map<Path, Map<String, String>> jars) throws IOException {
        Path classes = Files.createTempDirectory("handler-jar-classes");
        List<JavaFileObject> units = new ArrayList<>();
        jars.values()
                .forEach(sources -> sources.forEach((name, source) -> units.add(
                        new SimpleJavaFileObject(
                                URI.create("string:///" + name.replace('.', '/') + ".java"),
                                JavaFileObject.Kind.SOURCE) {
                            @Override
                            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                                return source;
                            }
                        })));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            // Only these sources: the test class path has the real streaming runtime, whose interface differs.
            if (!compiler.getTask(
                            errors,
                            files,
                            null,
                            List.of("--release", "17", "-classpath", classes.toString()),
                            null,
                            units)
                    .call()) {
                throw new AssertionError("test sources do not compile:\n" + errors);
            }
        }
        for (Map.Entry<Path, Map<String, String>> jar : jars.entrySet()) {
            Files.createDirectories(jar.getKey().toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(jar.getKey());
                    JarOutputStream jarOut = new JarOutputStream(out)) {
                for (String className : jar.getValue().keySet()) {
                    String prefix = className.replace('.', '/');
                    try (var walk = Files.walk(classes)) {
                        for (Path file : (Iterable<Path>)
                                walk.filter(Files::isRegularFile).sorted()::iterator) {
                            String entry = classes.relativize(file).toString().replace('\\', '/');
                            if (entry.equals(prefix + ".class") || entry.startsWith(prefix + "$")) {
                                jarOut.putNextEntry(new JarEntry(entry));
                                Files.copy(file, jarOut);
                                jarOut.closeEntry();
                            }
                        }
                    }
                }
            }
        }
    }
}
