package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries are ordered by the unsigned bytes of their UTF-8 names, so parents come before their children. */
class ZipWriterSortsEntriesByNameBytesTest {

    @TempDir
    Path temp;

    @Test
    void ordersByUtf8BytesNotByLocaleOrInputOrder() throws Exception {
        Path zip = temp.resolve("out.zip");
        new ZipWriter(OutputTimestamp.fallback())
                .write(
                        zip,
                        List.of(
                                ZipEntrySpec.file("lib/\u00e9t\u00e9.jar", new byte[] {1}, 0644),
                                ZipEntrySpec.file("lib/Zeta.jar", new byte[] {1}, 0644),
                                ZipEntrySpec.file("lib-extra/b", new byte[] {1}, 0644),
                                ZipEntrySpec.file("bootstrap", new byte[] {1}, 0755),
                                ZipEntrySpec.file("lib/alpha.jar", new byte[] {1}, 0644)));

        assertThat(RawZip.entries(zip).stream().map(RawZip.Entry::name))
                .containsExactly(
                        "bootstrap",
                        "lib-extra/",
                        "lib-extra/b",
                        "lib/",
                        "lib/Zeta.jar",
                        "lib/alpha.jar",
                        "lib/\u00e9t\u00e9.jar");
    }
}
