package dev.lambdapackager.packager.jre;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A linked JRE as the builder container left it: {@code jre/} (with its CDS archive inside), the build's notes in
 * {@code build/} (the module list, which CDS archive was made, the JDK's feature version), and {@code jre.zip}, the
 * same files deflated once for all the Lambda zips made from them.
 *
 * @param directory the folder holding {@code jre/} and {@code build/}
 * @param modules the modules linked
 * @param cds which CDS archive {@code jre/} carries
 * @param javaFeature the JDK's feature version (e.g. {@code 21})
 * @param imageId the id of the builder image it was built in
 */
public record BuiltJre(Path directory, List<String> modules, CdsArchive cds, String javaFeature, String imageId) {

    /** Sub-folder with the linked runtime. */
    public static final String JRE = "jre";
    /** Sub-folder with the build script's notes. */
    public static final String BUILD = "build";
    /** The note, in {@link #BUILD}, of which builder image made it: the cache checks it on a hit. */
    static final String IMAGE_ID = "image-id";
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

    /** Reads what a build left in {@code directory}; fails if it is incomplete. */
    static BuiltJre read(Path directory) throws IOException {
        Path build = directory.resolve(BUILD);
        if (!Files.isExecutable(directory.resolve(JRE).resolve("bin/java"))) {
            throw new IOException("no " + JRE + "/bin/java in " + directory);
        }
        if (!Files.isRegularFile(directory.resolve(PRECOMPRESSED))) {
            throw new IOException("no " + PRECOMPRESSED + " in " + directory);
        }
        List<String> modules = Arrays.asList(note(build, "modules").split(","));
        CdsArchive cds = CdsArchive.fromScriptOutput(note(build, "cds"));
        return new BuiltJre(directory, modules, cds, note(build, "java-version"), note(build, IMAGE_ID));
    }

    private static String note(Path build, String name) throws IOException {
        return Files.readString(build.resolve(name), StandardCharsets.UTF_8).trim();
    }
}
