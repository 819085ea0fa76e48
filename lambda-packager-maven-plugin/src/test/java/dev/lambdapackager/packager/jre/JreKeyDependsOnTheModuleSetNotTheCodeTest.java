package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.Architecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The linked JRE's key names the image, the architecture, the module set and how it is linked — and nothing about
 * the function's code, so that a code change with the same module set reuses the JRE.
 */
class JreKeyDependsOnTheModuleSetNotTheCodeTest {

    private static final List<String> MODULES = List.of("java.base", "java.logging");

    @Test
    void eachInputChangesTheKey() {
        CacheKey base = CacheKey.forJre("builder:17", Architecture.X86_64, MODULES, true);

        assertThat(CacheKey.forJre("builder:17", Architecture.X86_64, MODULES, true))
                .isEqualTo(base);
        assertThat(List.of(
                        CacheKey.forJre("builder:21", Architecture.X86_64, MODULES, true),
                        CacheKey.forJre("builder:17", Architecture.ARM64, MODULES, true),
                        CacheKey.forJre("builder:17", Architecture.X86_64, List.of("java.base"), true),
                        CacheKey.forJre("builder:17", Architecture.X86_64, MODULES, false)))
                .extracting(CacheKey::hash)
                .doesNotContain(base.hash())
                .doesNotHaveDuplicates();
    }

    @Test
    void theKeyTextSaysWhatItIsOf() {
        CacheKey key = CacheKey.forJre("builder:17", Architecture.X86_64, MODULES, true);

        assertThat(key.text())
                .contains("level: jre\n", "builder-image: builder:17\n", "modules: java.base,java.logging\n");
        assertThat(key.text()).doesNotContain("jar");
    }
}
