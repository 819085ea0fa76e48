package dev.lambdapackager.packager.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal runs the only zip, or the one named; with several and none named, or a name that was not packaged, it
 * lists what there is; with none, it says to package first.
 */
class FunctionZipsPicksOneZipTest {

    @TempDir
    Path outputs;

    private void zip(String name) throws Exception {
        Files.createDirectories(outputs.resolve(name));
        Files.write(outputs.resolve(name).resolve(name + ".zip"), new byte[] {'P', 'K'});
    }

    @Test
    void theOnlyZipNeedsNoName() throws Exception {
        zip("Hello");
        Files.createDirectories(outputs.resolve("not-a-function"));
        assertThat(FunctionZips.choose(outputs, null)).isEqualTo(outputs.resolve("Hello/Hello.zip"));
    }

    @Test
    void severalNeedAName() throws Exception {
        zip("Hello");
        zip("Shout");
        assertThat(FunctionZips.choose(outputs, "Shout")).isEqualTo(outputs.resolve("Shout/Shout.zip"));
        assertThatThrownBy(() -> FunctionZips.choose(outputs, " "))
                .hasMessage("There are 2 functions (Hello, Shout); choose one, e.g. -Dlambda.function=Hello.");
        assertThatThrownBy(() -> FunctionZips.choose(outputs, "Whisper"))
                .hasMessage(
                        "There is no zip for function 'Whisper' in " + outputs + "; packaged functions: Hello, Shout.")
                .extracting(e -> ((InvokeException) e).code())
                .isEqualTo(InvokeException.Code.FUNCTION_NOT_CHOSEN);
    }

    @Test
    void noZipMeansPackageFirst() {
        assertThatThrownBy(() -> FunctionZips.choose(outputs.resolve("missing"), null))
                .hasMessageContaining("No Lambda zip in ")
                .hasMessageContaining("package first")
                .extracting(e -> ((InvokeException) e).code())
                .isEqualTo(InvokeException.Code.NO_ZIP);
    }
}
