package dev.lambdapackager.packager.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The POM spells policies ifNotPresent, always, never; -D values are often typed in another case. Kubernetes'
 * IfNotPresent reads the same. Anything else fails listing the accepted values; offline is what mvn -o sets,
 * never a value to configure.
 */
class PullPolicyParsesConfigNamesTest {

    @ParameterizedTest
    @CsvSource({
        "ifNotPresent, IF_NOT_PRESENT",
        "IfNotPresent, IF_NOT_PRESENT",
        "ifnotpresent, IF_NOT_PRESENT",
        "always, ALWAYS",
        "ALWAYS, ALWAYS",
        "' never ', NEVER",
        "Never, NEVER"
    })
    void accepted(String value, PullPolicy expected) {
        assertThat(PullPolicy.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "if_not_present", "IF_NOT_PRESENT", "missing", "true", "offline", "OFFLINE"})
    void refusedNamingTheAcceptedValues(String value) {
        assertThatThrownBy(() -> PullPolicy.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown pull policy '" + value + "'; use one of ifNotPresent, always, never");
    }

    @ParameterizedTest
    @CsvSource({"IF_NOT_PRESENT, ifNotPresent", "ALWAYS, always", "NEVER, never"})
    void printsAsConfigured(PullPolicy policy, String configName) {
        assertThat(policy.configName()).isEqualTo(configName);
        assertThat(policy).hasToString(configName);
    }
}
