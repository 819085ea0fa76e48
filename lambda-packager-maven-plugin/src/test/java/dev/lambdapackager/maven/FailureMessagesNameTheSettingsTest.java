package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import org.junit.jupiter.api.Test;

/**
 * The core's message says what failed in its own terms; Maven's adds where to change it: the POM element and
 * the -D property of each setting the failure is about, and nothing when no setting can fix it.
 */
class FailureMessagesNameTheSettingsTest {

    @Test
    void elementsAndPropertiesAfterTheMessage() {
        assertThat(FailureMessages.of(new PackagingException(Code.IMAGE_MISSING, "Builder image x is not there.")))
                .isEqualTo("Builder image x is not there.\n"
                        + "[<builderImage> (-Dlambda.builderImage), <pullPolicy> (-Dlambda.pullPolicy)]");
    }

    @Test
    void functionsIsAListWithoutAProperty() {
        assertThat(FailureMessages.of(new PackagingException(Code.HANDLER_NOT_FOUND, "Handler class x not found.")))
                .isEqualTo("Handler class x not found.\n"
                        + "[<functions><function><name>/<handler>, <handler> (-Dlambda.handler)]");
    }

    @Test
    void messageAloneWhenNoSettingIsInvolved() {
        assertThat(FailureMessages.of(new PackagingException(Code.ENGINE_UNREACHABLE, "Cannot reach a Docker engine.")))
                .isEqualTo("Cannot reach a Docker engine.");
    }
}
