package dev.lambdapackager.packager.jre;

import dev.lambdapackager.packager.launch.CdsArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The class data made from a function's jars with one linked JRE, the second level of the cache: {@code class-data/}
 * laid out as under {@code jre/} (e.g. {@code lib/server/app-cds.jsa}), the same files deflated in
 * {@code class-data.zip}, and notes in {@code build/}: which archive it is, the image it was made in, and the key
 * of the {@link BuiltJre} it belongs to (an archive only works with the JRE that dumped it).
 *
 * @param directory the entry's folder
 * @param kind which archive it holds
 * @param imageId the id of the builder image it was made in
 * @param jreKey the hash of the JRE's cache key
 */
public record ClassData(Path directory, CdsArchive kind, String imageId, String jreKey) {

    /** Sub-folder with the files to lay over {@code jre/}. */
    public static final String FILES = "class-data";
    /** Those files deflated once. */
    public static final String PRECOMPRESSED = "class-data.zip";
    /** The note naming the JRE's key. */
    public static final String JRE_KEY = "jre-key";
    /** The note naming the archive kind, as the script writes it. */
    public static final String KIND = "cds";

    /** The files to lay over {@code jre/}. */
    public Path files() {
        return directory.resolve(FILES);
    }

    /** The zip holding those files already deflated. */
    public Path precompressed() {
        return directory.resolve(PRECOMPRESSED);
    }

    /** Reads what the class-data phase left in {@code directory}; fails if it is incomplete. */
    public static ClassData read(Path directory) throws IOException {
        Path build = directory.resolve(BuiltJre.BUILD);
        if (!Files.isDirectory(directory.resolve(FILES))) {
            throw new IOException("no " + FILES + " in " + directory);
        }
        if (!Files.isRegularFile(directory.resolve(PRECOMPRESSED))) {
            throw new IOException("no " + PRECOMPRESSED + " in " + directory);
        }
        return new ClassData(
                directory,
                CdsArchive.fromScriptOutput(BuiltJre.note(build, KIND)),
                BuiltJre.note(build, BuiltJre.IMAGE_ID),
                BuiltJre.note(build, JRE_KEY));
    }
}
