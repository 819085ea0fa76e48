package dev.lambdapackager.packager.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lambda's own rule (1 to 64 letters, digits, '-', '_'): a name that Lambda would refuse at deploy time, or
 * that could not be a folder and zip name, is refused before anything is built, quoting it.
 */
class FunctionNamesAcceptsOnlyLambdaNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Numbers",
                "send-numbers_2",
                "x",
                "A234567890123456789012345678901234567890123456789012345678901234"
            })
    void accepted(String name) {
        assertThatCode(() -> FunctionNames.check(List.of(new FunctionSpec(name, "com.example.Handler"))))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "has space",
                "dotted.name",
                "../escape",
                "slash/name",
                "Grüße",
                "arn:aws:lambda:f",
                "A2345678901234567890123456789012345678901234567890123456789012345"
            })
    void refused(String name) {
        PackagingException e = catchThrowableOfType(
                PackagingException.class,
                () -> FunctionNames.check(List.of(
                        new FunctionSpec("Fine", "com.example.A"), new FunctionSpec(name, "com.example.Handler"))));

        assertThat(e.code()).isEqualTo(Code.INVALID_FUNCTION_NAME);
        assertThat(e)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("1 to 64 letters, digits, '-' or '_'");
    }
}
