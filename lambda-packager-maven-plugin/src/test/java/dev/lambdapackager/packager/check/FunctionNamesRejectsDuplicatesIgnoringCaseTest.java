package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each function gets outputs/NAME/NAME.zip; on a case-insensitive file system (macOS, Windows) "Numbers" and
 * "numbers" would overwrite each other, so names may not differ only in case.
 */
class FunctionNamesRejectsDuplicatesIgnoringCaseTest {

    @Test
    void sameNameTwice() {
        PackagingException e = catchThrowableOfType(
                PackagingException.class,
                () -> FunctionNames.check(List.of(
                        new FunctionSpec("Numbers", "com.example.A"), new FunctionSpec("Numbers", "com.example.B"))));

        assertThat(e.code()).isEqualTo(Code.DUPLICATE_FUNCTION_NAME);
        assertThat(e).hasMessageContaining("'Numbers' is given twice");
    }

    @Test
    void namesThatDifferOnlyInCase() {
        PackagingException e = catchThrowableOfType(
                PackagingException.class,
                () -> FunctionNames.check(List.of(
                        new FunctionSpec("Numbers", "com.example.A"),
                        new FunctionSpec("Letters", "com.example.B"),
                        new FunctionSpec("NUMBERS", "com.example.C"))));

        assertThat(e.code()).isEqualTo(Code.DUPLICATE_FUNCTION_NAME);
        assertThat(e).hasMessageContaining("'NUMBERS'").hasMessageContaining("ignoring case");
    }

    @Test
    void distinctNamesPass() {
        assertThatCode(() -> FunctionNames.check(List.of(
                        new FunctionSpec("Numbers", "com.example.A"), new FunctionSpec("Numbers-2", "com.example.A"))))
                .doesNotThrowAnyException();
    }
}
