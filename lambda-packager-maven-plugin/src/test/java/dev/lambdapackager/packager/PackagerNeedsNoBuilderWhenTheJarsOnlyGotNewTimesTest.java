package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.testing.FakeJreBuilder;
import dev.lambdapackager.testing.RecordingListener;
import dev.lambdapackager.testing.TestProject;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn clean package} with no change and no {@code project.build.outputTimestamp} rewrites the jars with new
 * entry times: the class data is found by the jars' contents, with its JRE, and no builder is asked at all.
 */
class PackagerNeedsNoBuilderWhenTheJarsOnlyGotNewTimesTest {

    @TempDir
    Path temp;

    @Test
    void aCleanRebuildIsAHit() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath())
                .build();
        FakeJreBuilder builder = new FakeJreBuilder();
        redate(project.function().file(), Instant.parse("2026-11-30T08:00:00Z"));
        new Packager(new RecordingListener(), l -> builder).pack(request);
        byte[] before = Files.readAllBytes(project.function().file());

        builder.clear();
        redate(project.function().file(), Instant.parse("2026-12-01T10:11:12Z"));
        assertThat(Files.readAllBytes(project.function().file()))
                .as("the rebuilt jar's bytes")
                .isNotEqualTo(before);
        RecordingListener listener = new RecordingListener();
        new Packager(listener, l -> builder).pack(request);

        assertThat(builder.calls()).isEmpty();
        assertThat(listener.lines())
                .anyMatch(line -> line.startsWith("INFO JRE cache hit: Java ")
                        && line.contains("application CDS archive")
                        && line.contains("(no container needed)"));
    }

    /** Writes the jar again with the same entries, every one dated {@code time}, as a new build would. */
    private static void redate(Path jar, Instant time) throws Exception {
        Path copy = jar.resolveSibling("redated.jar");
        try (InputStream in = Files.newInputStream(jar);
                ZipInputStream from = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(copy);
                ZipOutputStream to = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = from.getNextEntry()) != null; ) {
                ZipEntry redated = new ZipEntry(entry.getName());
                redated.setTime(time.toEpochMilli());
                to.putNextEntry(redated);
                from.transferTo(to);
                to.closeEntry();
            }
        }
        Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.from(time));
    }
}
