package dev.lambdapackager.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.testing.FakeJavaTaskRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heap is 85% of the memory Lambda gives the function (AWS_LAMBDA_FUNCTION_MEMORY_SIZE, in MB), rounded
 * down, so metaspace, code and the OS fit in the rest; without the variable (a local run) 512 MB is assumed.
 */
class BootstrapScriptSizesTheHeapFromFunctionMemoryTest {

    @TempDir
    Path taskRoot;

    @ParameterizedTest
    @CsvSource({"128, -Xmx108m", "1769, -Xmx1503m", "10240, -Xmx8704m"})
    void fromTheFunctionMemory(String memoryMb, String expectedFlag) throws Exception {
        assertThat(heapFlags(Map.of("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", memoryMb)))
                .containsExactly(expectedFlag);
    }

    @Test
    void assumes512MbWhenTheVariableIsUnset() throws Exception {
        assertThat(heapFlags(Map.of())).containsExactly("-Xmx435m");
    }

    private List<String> heapFlags(Map<String, String> environment) throws Exception {
        String script = new BootstrapScript(
                        "Numbers",
                        "com.example.Handler",
                        "dev.example.Launcher",
                        List.of("numbers.jar"),
                        CdsArchive.DEFAULT,
                        List.of(),
                        "test")
                .text();
        return FakeJavaTaskRoot.create(taskRoot, script).run(environment).stream()
                .filter(argument -> argument.startsWith("-Xmx"))
                .toList();
    }
}
