package dev.lambdapackager.packager.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.OutputTimestamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary gives the zip's size and where the unzipped bytes go, for Lambda's size limits. */
class ZipWriterSummarizesSizesTest {

    @TempDir
    Path temp;

    @Test
    void reportsTotalsPartsAndLargestFiles() throws Exception {
        Path zip = temp.resolve("out.zip");
        ZipSummary summary = new ZipWriter(OutputTimestamp.fallback())
                .write(
                        zip,
                        List.of(
                                ZipEntrySpec.file("bootstrap", new byte[100], 0755),
                                ZipEntrySpec.file("lib/function.jar", new byte[2_000], 0644),
                                ZipEntrySpec.file("jre/lib/modules", new byte[30_000], 0644),
                                ZipEntrySpec.file("jre/lib/server/classes.jsa", new byte[20_000], 0644),
                                ZipEntrySpec.file("jre/bin/java", new byte[500], 0755),
                                ZipEntrySpec.symlink("jre/legal/LICENSE", "../LICENSE")));

        assertThat(summary.zip()).isEqualTo(zip.toAbsolutePath());
        assertThat(summary.zipSize()).isEqualTo(Files.size(zip));
        assertThat(summary.unzippedSize()).isEqualTo(100 + 2_000 + 30_000 + 20_000 + 500 + "../LICENSE".length());
        assertThat(summary.parts())
                .containsExactly(
                        new ZipSummary.Part("jre/", 30_000 + 20_000 + 500 + "../LICENSE".length()),
                        new ZipSummary.Part("lib/", 2_000),
                        new ZipSummary.Part("bootstrap", 100));
        assertThat(summary.largestFiles())
                .startsWith(
                        new ZipSummary.Part("jre/lib/modules", 30_000),
                        new ZipSummary.Part("jre/lib/server/classes.jsa", 20_000),
                        new ZipSummary.Part("lib/function.jar", 2_000));
    }
}
