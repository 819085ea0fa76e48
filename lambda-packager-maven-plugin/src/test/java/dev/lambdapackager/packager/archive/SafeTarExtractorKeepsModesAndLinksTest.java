package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A well-formed tar comes out with its directories, contents, permission bits, symbolic links and hard links. */
class SafeTarExtractorKeepsModesAndLinksTest {

    @TempDir
    Path temp;

    @Test
    void extractsEverythingAsStored() throws Exception {
        Path destination = temp.resolve("out");
        TarBuilder tar = new TarBuilder()
                .directory("jre", 0755)
                .directory("jre/bin", 0750)
                .file("jre/bin/java", "elf", 0755)
                .file("jre/lib/modules", "modules", 0644)
                .file("jre/legal/java.base/LICENSE", "license", 0444)
                .symlink("jre/legal/java.xml/LICENSE", "../java.base/LICENSE")
                .symlink("jre/lib/current", ".")
                .hardLink("jre/lib/modules.link", "jre/lib/modules");

        int count = new SafeTarExtractor().extract(tar.stream(), destination);

        assertThat(count).isEqualTo(8);
        assertThat(Files.readString(destination.resolve("jre/bin/java"))).isEqualTo("elf");
        assertThat(mode(destination.resolve("jre/bin/java"))).isEqualTo("rwxr-xr-x");
        assertThat(mode(destination.resolve("jre/lib/modules"))).isEqualTo("rw-r--r--");
        assertThat(mode(destination.resolve("jre/legal/java.base/LICENSE"))).isEqualTo("r--r--r--");
        assertThat(mode(destination.resolve("jre/bin"))).isEqualTo("rwxr-x---");

        Path link = destination.resolve("jre/legal/java.xml/LICENSE");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link).toString()).isEqualTo("../java.base/LICENSE");
        assertThat(Files.readString(link)).isEqualTo("license");
        assertThat(Files.readString(destination.resolve("jre/lib/current/modules")))
                .isEqualTo("modules");

        Path hardLink = destination.resolve("jre/lib/modules.link");
        assertThat(Files.isSymbolicLink(hardLink)).isFalse();
        assertThat(Files.isSameFile(hardLink, destination.resolve("jre/lib/modules")))
                .isTrue();
    }

    @Test
    void laterEntryReplacesAnEarlierFileWithoutTouchingItsHardLinks() throws Exception {
        Path destination = temp.resolve("out");
        TarBuilder tar =
                new TarBuilder().file("a", "first", 0644).hardLink("b", "a").file("a", "second", 0644);

        new SafeTarExtractor().extract(tar.stream(), destination);

        assertThat(Files.readString(destination.resolve("a"))).isEqualTo("second");
        assertThat(Files.readString(destination.resolve("b"))).isEqualTo("first");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
