package dev.lambdapackager.packager.jre;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A linked JRE, the first level of the cache: {@code jre/} as the link phase left it (native symbols stripped when
 * asked), the notes in {@code build/} (the module list, the JDK's feature version, the image it was linked in), and
 * {@code jre.zip}, the same files deflated once for all the Lambda zips made from them. It holds no class data: that
 * depends on the function's jars and sits in a {@link ClassData} entry of its own.
 *
 * @param directory the entry's folder
 * @param modules the modules linked
 * @param javaFeature the JDK's feature version (e.g. {@code 21})
 * @param imageId the id of the builder image it was linked in
 * @param key the hash of its cache key (empty before it is stored)
 */
public record BuiltJre(Path directory, List<String> modules, String javaFeature, String imageId, String key) {

    /** Sub-folder with the linked runtime. */
    public static final String JRE = "jre";
    /** Sub-folder with the build script's notes. */
    public static final String BUILD = "build";
    /** The note, in {@link #BUILD}, of which builder image made it: the cache checks it on a hit. */
    public static final String IMAGE_ID = "image-id";
    /** The note, in {@link #BUILD}, of the entry's own key: class data names the JRE it was made with by it. */
    public static final String KEY = "jre-key";
    /** The JRE's files deflated once, for every zip made from it (see PrecompressedTree). */
    public static final String PRECOMPRESSED = "jre.zip";

    public BuiltJre {
        modules = List.copyOf(modules);
    }

    /** The linked runtime's folder. */
    public Path jre() {
        return directory.resolve(JRE);
    }

    /** The zip holding the JRE's files already deflated. */
    public Path precompressed() {
        return directory.resolve(PRECOMPRESSED);
    }

    /** Reads what a link left in {@code directory}; fails if it is incomplete. */
    public static BuiltJre read(Path directory) throws IOException {
        Path build = directory.resolve(BUILD);
        if (!Files.isExecutable(directory.resolve(JRE).resolve("bin/java"))) {
            throw new IOException("no " + JRE + "/bin/java in " + directory);
        }
        if (!Files.isRegularFile(directory.resolve(PRECOMPRESSED))) {
            throw new IOException("no " + PRECOMPRESSED + " in " + directory);
        }
        List<String> modules = Arrays.asList(note(build, "modules").split(","));
        String key = Files.isRegularFile(build.resolve(KEY)) ? note(build, KEY) : "";
        return new BuiltJre(directory, modules, note(build, "java-version"), note(build, IMAGE_ID), key);
    }

    static String note(Path build, String name) throws IOException {
        return Files.readString(build.resolve(name), StandardCharsets.UTF_8).trim();
    }
}
