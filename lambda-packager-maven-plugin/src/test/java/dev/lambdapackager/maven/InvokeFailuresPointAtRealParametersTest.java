package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.invoke.InvokeException.Code;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every setting an invoke failure sends the user to is a parameter of the invoke goal, and (except the
 * {@code <environment>} map) has its {@code lambda.} property in PropertyNames.
 */
class InvokeFailuresPointAtRealParametersTest {

    @ParameterizedTest
    @EnumSource(Code.class)
    void everySettingIsAnInvokeParameterWithAProperty(Code code) throws Exception {
        for (String setting : code.settings()) {
            assertThat(MojoFields.has(InvokeMojo.class, setting))
                    .as("InvokeMojo parameter %s", setting)
                    .isTrue();
            if (!setting.equals("environment")) {
                String constant = setting.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
                assertThat(PropertyNames.class.getField(constant).get(null)).isEqualTo(PropertyNames.of(setting));
            }
        }
    }
}
