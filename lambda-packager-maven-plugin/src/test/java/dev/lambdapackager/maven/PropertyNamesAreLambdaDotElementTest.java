package dev.lambdapackager.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every property is "lambda." and the name of the configuration element it sets, so each can be found from
 * the other; checked for each constant against its own name and against the mojos' fields.
 */
class PropertyNamesAreLambdaDotElementTest {

    @Test
    void ofPrefixesTheElement() {
        assertThat(PropertyNames.of("builderImage")).isEqualTo("lambda.builderImage");
        assertThat(PropertyNames.of("skip")).isEqualTo(PropertyNames.SKIP);
    }

    static Stream<Field> constants() {
        return Arrays.stream(PropertyNames.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !f.getName().equals("PREFIX"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constants")
    void constantIsTheMojoParameterItSets(Field constant) throws Exception {
        String element = camelCase(constant.getName());

        assertThat(constant.get(null)).isEqualTo(PropertyNames.of(element));
        assertThat(Stream.of(ArchiveMojo.class, InvokeMojo.class).filter(mojo -> MojoFields.has(mojo, element)))
                .as("a mojo with parameter %s", element)
                .isNotEmpty();
    }

    /** BUILDER_IMAGE → builderImage. */
    private static String camelCase(String constantName) {
        StringBuilder s = new StringBuilder();
        for (String word : constantName.toLowerCase(java.util.Locale.ROOT).split("_", -1)) {
            s.append(s.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return s.toString();
    }
}
