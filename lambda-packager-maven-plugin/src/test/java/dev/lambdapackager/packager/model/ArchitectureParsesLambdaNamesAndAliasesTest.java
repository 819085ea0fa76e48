package dev.lambdapackager.packager.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lambda's names are the configuration values; the names other tools print (uname's aarch64, Docker's amd64)
 * are accepted too, in any case, because people paste them. Anything else fails listing what is accepted.
 */
class ArchitectureParsesLambdaNamesAndAliasesTest {

    @ParameterizedTest
    @CsvSource({
        "arm64, ARM64",
        "aarch64, ARM64",
        "ARM64, ARM64",
        "' arm64 ', ARM64",
        "x86_64, X86_64",
        "amd64, X86_64",
        "x86-64, X86_64",
        "X86_64, X86_64",
        "AMD64, X86_64"
    })
    void accepted(String value, Architecture expected) {
        assertThat(Architecture.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "arm", "x86", "i386", "linux/arm64"})
    void refusedNamingTheAcceptedValues(String value) {
        assertThatThrownBy(() -> Architecture.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown architecture '" + value + "'; use one of arm64, x86_64");
    }

    @ParameterizedTest
    @CsvSource({"ARM64, arm64, linux/arm64, aarch64, 183", "X86_64, x86_64, linux/amd64, x86_64, 62"})
    void namesForEachTool(Architecture architecture, String lambda, String platform, String uname, int elfMachine) {
        assertThat(architecture.lambdaName()).isEqualTo(lambda);
        assertThat(architecture).hasToString(lambda);
        assertThat(architecture.platform()).isEqualTo(platform);
        assertThat(architecture.unameMachine()).isEqualTo(uname);
        assertThat(architecture.elfMachine()).isEqualTo(elfMachine);
    }
}
