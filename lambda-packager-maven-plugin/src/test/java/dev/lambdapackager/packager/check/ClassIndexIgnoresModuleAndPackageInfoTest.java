package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** module-info and package-info are class files but not classes: never a handler, never a suggestion. */
class ClassIndexIgnoresModuleAndPackageInfoTest {

    @TempDir
    Path temp;

    @Test
    void neitherFoundNorSuggested() throws Exception {
        Path jar = TestJars.withEntries(
                temp.resolve("library.jar"),
                null,
                "module-info.class",
                "META-INF/versions/9/module-info.class",
                "com/library/package-info.class",
                "com/library/Api.class");

        ClassIndex index = ClassIndex.of(List.of(jar));

        assertThat(index.contains("module-info")).isFalse();
        assertThat(index.contains("com.library.package-info")).isFalse();
        assertThat(index.contains("com.library.Api")).isTrue();
        assertThat(index.nearMatches("module-infos")).isEmpty();
        assertThat(index.nearMatches("com.library.package-infos")).isEmpty();
    }
}
