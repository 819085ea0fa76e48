package dev.lambdapackager.packager.invoke.runtimeapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.packager.invoke.LambdaEnvironment;
import org.junit.jupiter.api.Test;

/**
 * SandboxRuntimeApi is shipped as one self-contained class file, so it repeats two facts the plugin's side states:
 * where it listens (the function's AWS_LAMBDA_RUNTIME_API) and which variable lists the function's environment.
 */
class SandboxRuntimeApiAgreesWithTheEnvironmentTest {

    @Test
    void bothSidesNameTheSameAddressAndVariable() {
        assertThat(SandboxRuntimeApi.ADDRESS).isEqualTo(LambdaEnvironment.RUNTIME_API);
        assertThat(SandboxRuntimeApi.FUNCTION_ENV).isEqualTo(LambdaEnvironment.FUNCTION_VARIABLES);
    }
}
