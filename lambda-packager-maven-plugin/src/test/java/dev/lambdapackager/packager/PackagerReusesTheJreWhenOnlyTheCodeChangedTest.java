package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.testing.FakeJreBuilder;
import dev.lambdapackager.testing.RecordingListener;
import dev.lambdapackager.testing.TestJars;
import dev.lambdapackager.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache has two levels: a code change whose module set is unchanged reuses the linked JRE and only makes the
 * class data again, with that JRE; a change that needs another module links again. The zip carries the new jar and
 * the class data made from it.
 */
class PackagerReusesTheJreWhenOnlyTheCodeChangedTest {

    /** A builder JDK the host's jdeps cannot answer for: the next LTS after the host's (no jdk.crypto.ec there). */
    private static final int ANOTHER_JDK =
            Runtime.version().feature() < 25 ? 25 : Runtime.version().feature() + 1;

    /** A member that uses a java.base package the handler did not use before: its module set stays the same. */
    private static final String NEW_JDK_PACKAGE = "Object counter = new java.util.concurrent.atomic.AtomicLong();";

    @TempDir
    Path temp;

    @Test
    void aCodeChangeMakesOnlyTheClassData() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = numbers(project).build();
        FakeJreBuilder builder = new FakeJreBuilder();

        pack(builder, request);
        assertThat(builder.calls())
                .as("the builder's JDK not known yet: the link phase runs jdeps itself")
                .containsExactly("prepare", "link []", "class-data");
        Path cachedJre = builder.classDataJobs().get(0).jre();

        builder.clear();
        recompile(project, "String changed = \"yes\";");
        List<String> log = pack(builder, request);

        assertThat(builder.calls())
                .as("the same JDK packages as the last build's: no jdeps at all, no link")
                .containsExactly("prepare", "class-data");
        assertThat(builder.classDataJobs().get(0).jre())
                .as("the JRE the class data is made with")
                .isEqualTo(cachedJre);
        assertThat(log)
                .anyMatch(line -> line.startsWith("INFO Reusing the cached JRE: Java ")
                        && line.contains("modules java.base")
                        && line.contains("the jars refer to the same JDK packages as the last build's"));
        try (ZipFile zip = new ZipFile(
                project.outputDirectory().resolve("Numbers/Numbers.zip").toFile())) {
            assertThat(zip.getInputStream(zip.getEntry("lib/numbers-1.0.jar")).readAllBytes())
                    .isEqualTo(Files.readAllBytes(project.function().file()));
            assertThat(new String(
                            zip.getInputStream(zip.getEntry("jre/lib/server/app-cds.jsa"))
                                    .readAllBytes(),
                            StandardCharsets.UTF_8))
                    .contains("numbers-1.0.jar " + Files.size(project.function().file()));
            assertThat(zip.getEntry("jre/bin/java")).isNotNull();
        }
    }

    /**
     * A builder that runs natively, of the host's JDK: the host could analyse the modules, but the builder's check runs
     * beside the training at no cost of its own, so the class data is made at once with the last JRE while it checks.
     */
    @Test
    void aCodeChangeOnANativeBuilderIsCheckedBesideTheTraining() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = numbers(project).build();
        FakeJreBuilder builder = new FakeJreBuilder().runningNatively();
        pack(builder, request);
        Path cachedJre = builder.classDataJobs().get(0).jre();

        builder.clear();
        recompile(project, NEW_JDK_PACKAGE);
        List<String> log = pack(builder, request);

        assertThat(builder.calls())
                .as("one builder run: the class data, with the module check (jdk.crypto.ec too before JDK 22)")
                .hasSize(2)
                .startsWith("prepare")
                .last()
                .asString()
                .startsWith("class-data checking [java.base");
        assertThat(builder.classDataJobs().get(0).jre()).isEqualTo(cachedJre);
        assertThat(log)
                .anyMatch(line -> line.startsWith("INFO Reusing the cached JRE: Java ")
                        && line.contains("the builder's jdeps checks it"));
    }

    /**
     * With a builder JDK of another feature version than the host's (JDK 25 builder, JDK 17 Maven), the host cannot
     * analyse the modules: the class data is made with the JRE the last build of these jars linked, while the
     * builder's jdeps checks its module set — one builder run, no link.
     */
    @Test
    void aCodeChangeOnAnotherJdkTrustsTheLastModuleSetAndReusesTheJre() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = numbers(project).build();
        FakeJreBuilder builder = new FakeJreBuilder(ANOTHER_JDK);
        pack(builder, request);
        assertThat(builder.calls()).containsExactly("prepare", "link []", "class-data");
        Path cachedJre = builder.classDataJobs().get(0).jre();

        builder.clear();
        recompile(project, NEW_JDK_PACKAGE);
        List<String> log = pack(builder, request);

        assertThat(builder.calls())
                .as("one builder run: the class data, with the module check")
                .containsExactly("prepare", "class-data checking [java.base]");
        assertThat(builder.classDataJobs().get(0).jre()).isEqualTo(cachedJre);
        assertThat(log)
                .anyMatch(line -> line.startsWith("INFO Reusing the cached JRE: Java ")
                        && line.contains("the builder's jdeps checks it"));

        builder.clear();
        recompile(project, NEW_JDK_PACKAGE + " String changed = \"again\";");
        pack(builder, request);
        assertThat(builder.calls())
                .as("the checked module set is remembered with these jars' JDK packages: the next edit needs no check")
                .containsExactly("prepare", "class-data");
    }

    /**
     * On another JDK (no jdeps on the host), an edit whose jars refer to the same JDK packages as the last build's
     * needs the same modules: the class data is made with the cached JRE, and no jdeps runs anywhere.
     */
    @Test
    void aCodeChangeUsingTheSameJdkPackagesRunsNoJdeps() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = numbers(project).build();
        FakeJreBuilder builder = new FakeJreBuilder(ANOTHER_JDK);
        pack(builder, request);
        Path cachedJre = builder.classDataJobs().get(0).jre();

        builder.clear();
        recompile(project, "String changed = \"yes\"; int length() { return changed.length(); }");
        List<String> log = pack(builder, request);

        assertThat(builder.calls()).containsExactly("prepare", "class-data");
        assertThat(builder.classDataJobs().get(0).jre()).isEqualTo(cachedJre);
        assertThat(builder.classDataJobs().get(0).expectedModules())
                .as("nothing to check")
                .isEmpty();
        assertThat(log).anyMatch(line -> line.contains("the jars refer to the same JDK packages as the last build's"));
    }

    /**
     * An emulated builder of the host's JDK, and an edit that uses another JDK package: the host's jdeps answers (the
     * builder's check would share the cores the emulated training needs), finds the same modules, and the cached JRE
     * is used without a second lookup.
     */
    @Test
    void aNewJdkPackageOnAnEmulatedBuilderIsAnalysedOnTheHost() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = numbers(project).build();
        FakeJreBuilder builder = new FakeJreBuilder();
        pack(builder, request);

        builder.clear();
        recompile(project, NEW_JDK_PACKAGE);
        List<String> log = pack(builder, request);

        assertThat(builder.calls()).containsExactly("prepare", "class-data");
        assertThat(log).anyMatch(line -> line.contains("(the module set is unchanged; no link needed)"));
    }

    /**
     * On another JDK, a change that needs a new module: the builder's check says so, a JRE is linked for the modules
     * it found (no second jdeps), and the class data is made again with it.
     */
    @Test
    void aNewModuleOnAnotherJdkIsFoundByTheCheckAndLinked() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = numbers(project).build();
        FakeJreBuilder builder = new FakeJreBuilder(ANOTHER_JDK);
        pack(builder, request);

        builder.clear();
        recompile(project, "java.sql.Connection connection;");
        pack(builder, request);

        assertThat(builder.calls())
                .containsExactly(
                        "prepare", "class-data checking [java.base]", "link [java.base, java.sql]", "class-data");
        assertThat(builder.classDataJobs().get(1).jre().resolve("release"))
                .content()
                .contains("java.base java.sql");
    }

    @Test
    void aNewModuleLinksAgain() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = numbers(project).build();
        FakeJreBuilder builder = new FakeJreBuilder();
        pack(builder, request);

        builder.clear();
        recompile(project, "java.sql.Connection connection;");
        pack(builder, request);

        assertThat(builder.calls())
                .containsExactly("prepare", "link [java.base, java.sql, jdk.crypto.ec]", "class-data");
    }

    /** The request for the project's one function, Numbers. */
    private static ArchiveRequest.Builder numbers(TestProject project) {
        return project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(project.classpath());
    }

    /** Compiles the function's handler again, with {@code member} added to its body. */
    /**
     * Without class data (cds off) nothing would check a guessed module set: on another JDK a code change links with
     * the module set the link phase's own jdeps finds, so a new module is in the zip's JRE.
     */
    @Test
    void withoutClassDataANewModuleOnAnotherJdkIsLinkedAsJdepsFindsIt() throws Exception {
        TestProject project = TestProject.create(temp);
        ArchiveRequest request = numbers(project).cds(false).build();
        FakeJreBuilder builder = new FakeJreBuilder(ANOTHER_JDK);
        pack(builder, request);
        assertThat(builder.calls()).containsExactly("prepare", "link []");

        builder.clear();
        recompile(project, "java.sql.Connection connection;");
        pack(builder, request);

        assertThat(builder.calls()).as("no guess taken on trust").containsExactly("prepare", "link []");
        try (ZipFile zip = new ZipFile(
                project.outputDirectory().resolve("Numbers/Numbers.zip").toFile())) {
            assertThat(new String(
                            zip.getInputStream(zip.getEntry("jre/release")).readAllBytes(), StandardCharsets.UTF_8))
                    .contains("java.base java.sql");
        }
    }

    private static void recompile(TestProject project, String member) throws Exception {
        String handler = "package com.example; public class Handler implements"
                + " dev.lambdapackager.runtime.StreamingLambdaHandler { public void handle(java.nio.ByteBuffer e,"
                + " dev.lambdapackager.runtime.LambdaResponseStreamWriter w, dev.lambdapackager.runtime.LambdaContext c)"
                + " {} " + member + " }";
        TestJars.compile(
                project.function().file(),
                Map.of(
                        "com.example.Handler",
                        handler,
                        "com.example.util.Texts",
                        "package com.example.util; public class Texts {}"),
                null);
    }

    private static List<String> pack(FakeJreBuilder builder, ArchiveRequest request) throws Exception {
        RecordingListener listener = new RecordingListener();
        new Packager(listener, l -> builder).pack(request);
        return listener.lines();
    }
}
