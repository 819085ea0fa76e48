package dev.lambdapackager.packager.invoke;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdapackager.packager.model.Architecture;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's architecture comes from the zip itself (the ELF machine of {@code jre/bin/java}), never from the
 * host or a setting that could disagree with it; a zip without a bootstrap or a JRE is refused.
 */
class ZipArchitectureReadsTheJreLauncherTest {

    @TempDir
    Path dir;

    private Path zip(String name, int machine, boolean bootstrap) throws Exception {
        Path zip = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            if (bootstrap) {
                out.putNextEntry(new ZipEntry("bootstrap"));
                out.write("#!/bin/sh\n".getBytes(UTF_8));
            }
            if (machine > 0) {
                out.putNextEntry(new ZipEntry("jre/bin/java"));
                byte[] elf = new byte[64];
                elf[0] = 0x7f;
                elf[1] = 'E';
                elf[2] = 'L';
                elf[3] = 'F';
                elf[18] = (byte) machine;
                out.write(elf);
            }
        }
        return zip;
    }

    @Test
    void theLaunchersMachineIsTheArchitecture() throws Exception {
        assertThat(ZipArchitecture.of(zip("arm.zip", 183, true))).isEqualTo(Architecture.ARM64);
        assertThat(ZipArchitecture.of(zip("x86.zip", 62, true))).isEqualTo(Architecture.X86_64);
    }

    @Test
    void zipsThatCannotRunAreRefused() throws Exception {
        assertThatThrownBy(() -> ZipArchitecture.of(zip("nojre.zip", 0, true)))
                .hasMessageContaining("it has no jre/bin/java");
        assertThatThrownBy(() -> ZipArchitecture.of(zip("noboot.zip", 62, false)))
                .hasMessageContaining("it has no bootstrap at its root");
        assertThatThrownBy(() -> ZipArchitecture.of(zip("riscv.zip", 243, true)))
                .hasMessageContaining("ELF machine 243, which Lambda does not run")
                .extracting(e -> ((InvokeException) e).code())
                .isEqualTo(InvokeException.Code.ZIP_UNUSABLE);
    }
}
