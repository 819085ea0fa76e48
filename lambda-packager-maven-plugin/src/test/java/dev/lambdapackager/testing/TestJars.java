package dev.lambdapackager.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Real jars for tests, compiled from Java source with the JDK running the tests. */
public final class TestJars {

    private TestJars() {}

    /**
     * Compiles {@code sources} (class name → source) for release 17 and packs the classes into {@code jar},
     * with {@code mainClass} as the manifest's Main-Class when not null.
     */
    public static Path compile(Path jar, Map<String, String> sources, String mainClass) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new AssertionError("the tests need a JDK (javax.tools), not a JRE");
        }
        Path classes = Files.createTempDirectory("test-jar-classes");
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, source) -> units.add(
                new SimpleJavaFileObject(
                        URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                }));
        StringWriter errors = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            boolean ok = compiler.getTask(errors, files, null, List.of("--release", "17"), null, units)
                    .call();
            if (!ok) {
                throw new AssertionError("test sources do not compile:\n" + errors);
            }
        }
        Manifest manifest = manifest(mainClass);
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            try (var walk = Files.walk(classes)) {
                for (Path file :
                        (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    jarOut.putNextEntry(
                            new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, jarOut);
                    jarOut.closeEntry();
                }
            }
        }
        return jar;
    }

    /**
     * Writes {@code jar} with a manifest ({@code mainClass} as Main-Class when not null) and one empty entry per
     * name: enough for code that reads a jar's entry names and manifest, never its classes, and much faster
     * than compiling.
     */
    public static Path withEntries(Path jar, String mainClass, String... entryNames) throws IOException {
        Manifest manifest = manifest(mainClass);
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (String name : entryNames) {
                jarOut.putNextEntry(new JarEntry(name));
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    private static Manifest manifest(String mainClass) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        return manifest;
    }

    /**
     * A stand-in for the streaming runtime: its launcher asks the Runtime API for the next invocation, answers
     * it with "handled by HANDLER", and exits when the connection closes — enough for a CDS training start and
     * for running a packaged bootstrap.
     */
    public static Path fakeRuntime(Path jar) throws IOException {
        String source = String.join(
                "\n",
                "package fake.runtime;",
                "import java.io.*; import java.net.*; import java.nio.charset.StandardCharsets;",
                "public final class Launcher {",
                "  public static void main(String[] args) throws Exception {",
                "    String api = System.getenv(\"AWS_LAMBDA_RUNTIME_API\");",
                "    String handler = args.length > 0 ? args[0] : System.getenv(\"_HANDLER\");",
                "    Class.forName(handler);",
                "    int colon = api.lastIndexOf(':');",
                "    try (Socket s = new Socket(api.substring(0, colon), Integer.parseInt(api.substring(colon + 1)))) {",
                "      OutputStream out = s.getOutputStream(); InputStream in = new BufferedInputStream(s.getInputStream());",
                "      out.write(\"GET /2018-06-01/runtime/invocation/next HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n\".getBytes(StandardCharsets.US_ASCII));",
                "      out.flush();",
                "      String id = null; int length = 0; String line;",
                "      while ((line = readLine(in)) != null && !line.isEmpty()) {",
                "        String lower = line.toLowerCase();",
                "        if (lower.startsWith(\"lambda-runtime-aws-request-id:\")) id = line.substring(line.indexOf(':') + 1).trim();",
                "        if (lower.startsWith(\"content-length:\")) length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());",
                "      }",
                "      if (line == null) { System.out.println(\"runtime API closed the connection\"); System.exit(1); }",
                "      in.readNBytes(length);",
                "      byte[] body = (\"handled by \" + handler).getBytes(StandardCharsets.UTF_8);",
                "      out.write((\"POST /2018-06-01/runtime/invocation/\" + id + \"/response HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: \"",
                "          + body.length + \"\\r\\n\\r\\n\").getBytes(StandardCharsets.US_ASCII));",
                "      out.write(body); out.flush();",
                "      while ((line = readLine(in)) != null && !line.isEmpty()) { }",
                "    }",
                "  }",
                "  static String readLine(InputStream in) throws IOException {",
                "    StringBuilder b = new StringBuilder(); int c;",
                "    while ((c = in.read()) != -1) { if (c == '\\n') return b.toString().strip(); b.append((char) c); }",
                "    return b.length() == 0 ? null : b.toString();",
                "  }",
                "}");
        compile(jar, Map.of("fake.runtime.Launcher", source), "fake.runtime.Launcher");
        // The real handler interface, so that a function's StreamingLambdaHandler loads (its method's parameter types
        // are only needed when it is called, which a training start never does).
        String iface = "dev/lambdapackager/runtime/StreamingLambdaHandler.class";
        Path withInterface = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(jar.toFile());
                OutputStream out = Files.newOutputStream(withInterface);
                JarOutputStream jarOut = new JarOutputStream(out, in.getManifest());
                java.io.InputStream classFile = TestJars.class.getClassLoader().getResourceAsStream(iface)) {
            for (JarEntry entry : (Iterable<JarEntry>)
                    in.stream().filter(e -> !e.getName().equals("META-INF/MANIFEST.MF"))::iterator) {
                jarOut.putNextEntry(new JarEntry(entry.getName()));
                in.getInputStream(entry).transferTo(jarOut);
                jarOut.closeEntry();
            }
            jarOut.putNextEntry(new JarEntry(iface));
            classFile.transferTo(jarOut);
            jarOut.closeEntry();
        }
        return Files.move(withInterface, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
