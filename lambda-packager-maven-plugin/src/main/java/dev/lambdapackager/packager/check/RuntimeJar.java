package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.IOException;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The streaming runtime among the function's dependencies. The plugin never links against the runtime: it
 * finds its jar by coordinates and reads the launcher's class name from that jar's {@code Main-Class}, so the
 * name is written down once, in the runtime's own build.
 */
final class RuntimeJar {

    static final String GROUP_ID = "dev.lambdapackager";
    static final String ARTIFACT_ID = "lambda-streaming-runtime";

    private RuntimeJar() {}

    /**
     * The launcher class of the runtime on {@code classpath}.
     *
     * @param expectedVersion the version to suggest when the runtime is missing (the plugin's own)
     */
    static String launcherClass(List<ClasspathEntry> classpath, String expectedVersion) throws PackagingException {
        ClasspathEntry runtime = classpath.stream()
                .filter(e -> e.groupId().equals(GROUP_ID) && e.artifactId().equals(ARTIFACT_ID))
                .findFirst()
                .orElseThrow(() -> new PackagingException(
                        Code.RUNTIME_JAR_MISSING,
                        "The function's runtime dependencies"
                                + " do not include the streaming runtime that bootstrap starts. Add this dependency (compile or runtime scope):\n"
                                + "  <dependency>\n    <groupId>" + GROUP_ID + "</groupId>\n    <artifactId>"
                                + ARTIFACT_ID
                                + "</artifactId>\n    <version>" + expectedVersion + "</version>\n  </dependency>"));
        try (JarFile jar = new JarFile(runtime.file().toFile())) {
            Manifest manifest = jar.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            if (main == null || main.isBlank()) {
                throw new PackagingException(
                        Code.RUNTIME_JAR_MISSING,
                        runtime.coordinates() + " (" + runtime.file()
                                + ") has no Main-Class in its manifest, so it is not a usable " + ARTIFACT_ID
                                + " jar; depend on "
                                + GROUP_ID + ":" + ARTIFACT_ID + ":" + expectedVersion + ".");
            }
            return main.trim();
        } catch (IOException e) {
            throw new PackagingException(Code.IO_FAILURE, "Cannot read " + runtime.file() + ": " + e.getMessage(), e);
        }
    }
}
