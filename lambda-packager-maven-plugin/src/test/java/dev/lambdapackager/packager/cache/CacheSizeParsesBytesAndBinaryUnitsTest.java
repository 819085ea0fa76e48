package dev.lambdapackager.packager.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code <cacheMaxSize>} takes a byte count or a number with a binary unit (K, M, G, T, with or without B or iB, any
 * case, a space allowed); anything else — negative, zero, no number, an unknown unit — is refused with a message that
 * quotes the value and shows the syntax.
 */
class CacheSizeParsesBytesAndBinaryUnitsTest {

    @ParameterizedTest
    @CsvSource({
        "1048576, 1048576",
        "2GB, 2147483648",
        "2gb, 2147483648",
        "500MB, 524288000",
        "500 MiB, 524288000",
        "1.5G, 1610612736",
        "64k, 65536",
        "1TB, 1099511627776",
        "' 10MB ', 10485760"
    })
    void accepted(String text, long bytes) {
        assertThat(CacheSize.parse(text).bytes()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "0MB", "-1GB", "GB", "2 PB", "2,5GB", "lots", "9999999999T"})
    void refused(String text) {
        assertThatThrownBy(() -> CacheSize.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text.trim() + "'")
                .hasMessageMatching("(?s).*(e\\.g\\. 2GB|such as 2GB).*");
    }

    @ParameterizedTest
    @CsvSource({"2147483648, 2.0 GB", "524288000, 500.0 MB", "512, 512 B"})
    void printsReadably(long bytes, String text) {
        assertThat(new CacheSize(bytes)).hasToString(text);
    }
}
