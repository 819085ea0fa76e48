package dev.lambdapackager.packager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.lambdapackager.packager.container.DockerEngineAccess;
import dev.lambdapackager.packager.model.Architecture;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.ClasspathEntry;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.testing.RecordingListener;
import dev.lambdapackager.testing.TestEngine;
import dev.lambdapackager.testing.TestJars;
import dev.lambdapackager.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JRE cache is keyed on the builder image's name, so that a hit needs no engine; when an engine answers, a hit is
 * checked against the image that name stands for now. A tag that moved to another image (a newer JDK, say) gets a
 * JRE built again, never one from the old image.
 */
class PackagerRebuildsWhenTheBuilderImageChangedTest {

    // One repository per run: two runs on one engine (two checkouts, two CI jobs) must not retag each other's image.
    private static final String TAG =
            "lambda-packager/test-moving-tag-" + ProcessHandle.current().pid();

    @TempDir
    Path temp;

    private final DockerClient docker = DockerEngineAccess.client(TestEngine.connect());
    private String otherImage;

    @AfterEach
    void removeImages() {
        for (String image : new String[] {TAG + ":1", otherImage}) {
            try {
                if (image != null) {
                    docker.removeImageCmd(image).withForce(true).exec();
                }
            } catch (NotFoundException e) {
                // Went with the tag already.
            }
        }
    }

    @Test
    void aMovedTagMissesTheCache() throws Exception {
        String original = docker.inspectImageCmd(TestEngine.builderImage(Architecture.X86_64))
                .exec()
                .getId();
        docker.tagImageCmd(original, TAG, "1").exec();
        TestProject project = TestProject.create(temp);
        Path runtime = TestJars.fakeRuntime(temp.resolve("runtime.jar"));
        ArchiveRequest request = project.settings()
                .function(new FunctionSpec("Numbers", "com.example.Handler"))
                .classpath(List.of(
                        project.function(),
                        new ClasspathEntry(runtime, "dev.lambdapackager", "lambda-streaming-runtime", "0.1.0", null)))
                .builderImage(TAG + ":1")
                .build();

        assertThat(pack(request)).anyMatch(line -> line.startsWith("INFO Building the JRE"));
        assertThat(pack(request))
                .anyMatch(line -> line.startsWith("INFO JRE cache hit"))
                .noneMatch(line -> line.contains("Building"));

        // The same tag now names another image: one layer more on top of the same JDK.
        CreateContainerResponse container =
                docker.createContainerCmd(original).withCmd("true").exec();
        otherImage = docker.commitCmd(container.getId())
                .withLabels(Map.of("test", "moved"))
                .exec();
        docker.removeContainerCmd(container.getId()).exec();
        docker.tagImageCmd(otherImage, TAG, "1").withForce(true).exec();

        List<String> third = pack(request);
        assertThat(third)
                .anyMatch(line -> line.startsWith("INFO The cached JRE was built in another image than " + TAG + ":1")
                        && line.contains(original)
                        && line.contains(otherImage));
        assertThat(third).anyMatch(line -> line.startsWith("INFO Building the JRE"));
    }

    private static List<String> pack(ArchiveRequest request) throws PackagingException {
        RecordingListener listener = new RecordingListener();
        new Packager(listener).pack(request);
        return listener.lines();
    }
}
