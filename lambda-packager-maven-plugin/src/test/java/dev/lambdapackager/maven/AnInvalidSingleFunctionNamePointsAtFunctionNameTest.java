package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import org.junit.jupiter.api.Test;

/**
 * Without a {@code <functions>} list the one function's name comes from {@code <functionName>} (by default the
 * artifactId, which may contain a dot): an invalid name must send the user there, not to a list they never wrote.
 */
class AnInvalidSingleFunctionNamePointsAtFunctionNameTest {

    private static PackagingException invalidName() {
        return new PackagingException(
                Code.INVALID_FUNCTION_NAME, "Function name 'my.app' is not a valid Lambda function name.");
    }

    @Test
    void aSingleFunctionPointsAtFunctionName() {
        assertThat(FailureMessages.of(invalidName(), true))
                .isEqualTo("Function name 'my.app' is not a valid Lambda function name.\n"
                        + "[<functionName> (-Dlambda.functionName)]");
    }

    @Test
    void aListedFunctionPointsAtTheList() {
        assertThat(FailureMessages.of(invalidName(), false)).endsWith("[<functions><function><name>/<handler>]");
    }

    @Test
    void otherFailuresOfASingleFunctionKeepTheirSettings() {
        PackagingException timeout = new PackagingException(Code.INVALID_BUILD_TIMEOUT, "Bad timeout.");
        assertThat(FailureMessages.of(timeout, true)).isEqualTo(FailureMessages.of(timeout, false));
    }
}
