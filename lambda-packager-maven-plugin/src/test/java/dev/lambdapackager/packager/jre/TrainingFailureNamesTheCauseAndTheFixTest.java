package dev.lambdapackager.packager.jre;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build script's report of a failed training start becomes one message by cause: the runtime's loading error,
 * a class of a JDK module that was not linked (with the module to add, or to stop excluding), an exception from the
 * handler's own initialisation (with the builder's lack of network and credentials, and initFailure), and a JVM that
 * refused a flag (naming the flag).
 */
class TrainingFailureNamesTheCauseAndTheFixTest {

    @Test
    void runtimeLoadingError() {
        PackagingException e = report(
                "TRAINING-INIT-ERROR com.example.Fn type=Runtime.InvalidHandler body={\"errorMessage\":"
                        + "\"Handler class com.example.Fn implements no handler interface\",\"errorType\":\"Runtime.InvalidHandler\",\"stackTrace\":[]}");

        assertThat(e.code()).isEqualTo(Code.FUNCTION_CANNOT_START);
        assertThat(e)
                .hasMessageStartingWith(
                        "The function could not start in the builder container (handler com.example.Fn):"
                                + " Runtime.InvalidHandler: Handler class com.example.Fn implements no handler interface. It would fail the same way on Lambda");
    }

    @Test
    void missingJdkModule() {
        String marker = "TRAINING-INIT-ERROR com.example.Fn type=java.lang.NoClassDefFoundError body={\"errorMessage\":"
                + "\"java/beans/Introspector\",\"errorType\":\"java.lang.NoClassDefFoundError\"}";
        PackagingException e = report(marker);

        assertThat(e.code()).isEqualTo(Code.MODULE_MISSING);
        assertThat(e)
                .hasMessage(
                        "The function could not start in the builder container (handler com.example.Fn):"
                                + " java.lang.NoClassDefFoundError: class java.beans.Introspector of JDK module java.desktop, which is not in"
                                + " the linked JRE; add it to additionalModules (jdeps does not see classes reached by reflection or services).");
        assertThat(TrainingFailure.parse(marker, List.of()).orElseThrow().toException(List.of("java.desktop")))
                .hasMessageEndingWith("which is not in the linked JRE; it is in excludeModules: remove it from there.");
    }

    @Test
    void missingClassOfNoJdkModule() {
        PackagingException e =
                report("TRAINING-INIT-ERROR com.example.Fn type=java.lang.NoClassDefFoundError body={\"errorMessage\":"
                        + "\"com/fasterxml/jackson/databind/ObjectMapper\"}");

        assertThat(e.code()).isEqualTo(Code.FUNCTION_CANNOT_START);
        assertThat(e)
                .hasMessageContaining("java.lang.NoClassDefFoundError: com/fasterxml/jackson/databind/ObjectMapper.");
    }

    @Test
    void handlerConstructorThrew() {
        PackagingException e = report(
                "TRAINING-INIT-ERROR com.example.Fn type=Runtime.HandlerConstructorError body={\"errorMessage\":"
                        + "\"The constructor of handler class com.example.Fn threw java.lang.IllegalStateException: TABLE_NAME is not set\"}",
                "Exception in thread main ...");

        assertThat(e.code()).isEqualTo(Code.FUNCTION_INIT_FAILED);
        assertThat(e.code().settings()).containsExactly("initFailure");
        assertThat(e)
                .hasMessageContaining(
                        "its own initialisation threw (Runtime.HandlerConstructorError: The constructor of"
                                + " handler class com.example.Fn threw java.lang.IllegalStateException: TABLE_NAME is not set)")
                .hasMessageContaining("no network and no AWS credentials")
                .hasMessageContaining("set initFailure to warn")
                .hasMessageEndingWith("Its output:\n  Exception in thread main ...");
    }

    @Test
    void jvmRefusedAFlag() {
        PackagingException e = report(
                "TRAINING-EXIT com.example.Fn 1",
                "Unrecognized VM option 'UseShinyGC'",
                "Error: Could not create the Java Virtual Machine.",
                "Error: A fatal exception has occurred. Program will exit.");

        assertThat(e.code()).isEqualTo(Code.INVALID_JVM_OPTIONS);
        assertThat(e)
                .hasMessageStartingWith("The function's JVM refuses its options: Unrecognized VM option 'UseShinyGC'."
                        + " Fix or remove that flag in the JVM options. Its output:");
    }

    @Test
    void collectorSeparatesReportsFromTheLog() {
        TrainingFailure.Collector collector = new TrainingFailure.Collector();
        assertThat(collector.accept("jlink: done")).isFalse();
        assertThat(collector.accept("TRAINING-EXIT com.example.Fn 134")).isTrue();
        assertThat(collector.accept("# A fatal error has been detected")).isTrue();
        assertThat(collector.accept("TRAINING-END")).isTrue();
        assertThat(collector.accept("done")).isFalse();

        assertThat(collector.failures()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(134);
            assertThat(f.toException(List.of()))
                    .hasMessageStartingWith(
                            "The function could not start in the builder container"
                                    + " (handler com.example.Fn): its JVM exited with status 134 before asking for its first invocation.");
        });
    }

    private static PackagingException report(String marker, String... output) {
        return TrainingFailure.parse(marker, List.of(output)).orElseThrow().toException(List.of());
    }
}
