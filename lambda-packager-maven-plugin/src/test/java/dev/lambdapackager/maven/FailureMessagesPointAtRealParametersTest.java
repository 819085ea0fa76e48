package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.PackagingException.Code;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A failure message that sends the user to {@code <someSetting>} is only useful if the mojo has that
 * parameter and PropertyNames that property: checked for every failure code, so a renamed parameter cannot
 * leave messages pointing at nothing.
 */
class FailureMessagesPointAtRealParametersTest {

    @ParameterizedTest
    @EnumSource(Code.class)
    void everySettingIsAMojoParameterWithAProperty(Code code) throws Exception {
        for (String setting : code.settings()) {
            assertThat(MojoFields.has(ArchiveMojo.class, setting))
                    .as("ArchiveMojo parameter %s", setting)
                    .isTrue();
            if (!setting.equals("functions")) {
                // builderImage -> PropertyNames.BUILDER_IMAGE
                String constant = setting.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
                assertThat(PropertyNames.class.getField(constant).get(null)).isEqualTo(PropertyNames.of(setting));
            }
        }
    }
}
