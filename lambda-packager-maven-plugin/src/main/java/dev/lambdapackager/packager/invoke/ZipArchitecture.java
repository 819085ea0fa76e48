package dev.lambdapackager.packager.invoke;

import dev.lambdapackager.packager.invoke.InvokeException.Code;
import dev.lambdapackager.packager.model.Architecture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds which architecture a zip was packaged for from the zip itself, the only source that cannot disagree with
 * it: the ELF machine of its JRE's {@code java} launcher. Also checks the zip is runnable at all.
 */
public final class ZipArchitecture {

    static final String LAUNCHER = "jre/bin/java";

    private ZipArchitecture() {}

    /**
     * Reads the architecture.
     *
     * @throws InvokeException {@link Code#ZIP_UNUSABLE} when the zip cannot be read, has no bootstrap or no JRE
     */
    public static Architecture of(Path zip) throws InvokeException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.getEntry("bootstrap") == null) {
                throw unusable(zip, "it has no bootstrap at its root");
            }
            ZipEntry java = file.getEntry(LAUNCHER);
            if (java == null) {
                throw unusable(zip, "it has no " + LAUNCHER + " (the JRE the plugin links into every zip)");
            }
            byte[] header;
            try (InputStream in = file.getInputStream(java)) {
                header = in.readNBytes(20);
            }
            if (header.length < 20 || header[0] != 0x7f || header[1] != 'E' || header[2] != 'L' || header[3] != 'F') {
                throw unusable(zip, LAUNCHER + " is not a Linux executable");
            }
            int machine = (header[18] & 0xff) | (header[19] & 0xff) << 8; // e_machine, little-endian on both
            for (Architecture architecture : Architecture.values()) {
                if (architecture.elfMachine() == machine) {
                    return architecture;
                }
            }
            throw unusable(zip, LAUNCHER + " is for ELF machine " + machine + ", which Lambda does not run");
        } catch (IOException e) {
            throw new InvokeException(
                    Code.ZIP_UNUSABLE,
                    "Cannot read " + zip + ": " + e.getMessage() + "; package it again (`mvn package`).",
                    e);
        }
    }

    private static InvokeException unusable(Path zip, String why) {
        return new InvokeException(
                Code.ZIP_UNUSABLE,
                "Cannot run " + zip + ": " + why
                        + ". Invoke runs zips made by the archive goal; package again (`mvn package`).");
    }
}
