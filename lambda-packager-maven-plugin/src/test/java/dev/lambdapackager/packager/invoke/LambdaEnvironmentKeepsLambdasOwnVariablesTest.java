package dev.lambdapackager.packager.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The function sees Lambda's variables, with the user's added; as on Lambda, the user cannot replace the ones
 * Lambda sets (the Runtime API's address above all), and a name must be a valid variable name.
 */
class LambdaEnvironmentKeepsLambdasOwnVariablesTest {

    @Test
    void lambdasVariablesThenTheUsers() throws Exception {
        Map<String, String> env = LambdaEnvironment.of(
                "Orders", "com.example.Orders", 256, Map.of("TABLE_NAME", "orders", "AWS_REGION", "eu-west-1"));
        assertThat(env)
                .containsEntry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")
                .containsEntry("_HANDLER", "com.example.Orders")
                .containsEntry("LAMBDA_TASK_ROOT", "/var/task")
                .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "Orders")
                .containsEntry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
                .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256")
                .containsEntry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/Orders")
                .containsEntry("TZ", ":UTC")
                .containsEntry("AWS_REGION", "eu-west-1")
                .containsEntry("TABLE_NAME", "orders");
        assertThat(LambdaEnvironment.functionArn("Orders", env))
                .isEqualTo("arn:aws:lambda:eu-west-1:000000000000:function:Orders");
    }

    @Test
    void lambdasOwnVariablesCannotBeReplaced() {
        assertThatThrownBy(() -> LambdaEnvironment.of("Orders", "h", 128, Map.of("AWS_LAMBDA_RUNTIME_API", "x:1")))
                .hasMessage("Environment variable AWS_LAMBDA_RUNTIME_API is set by Lambda and cannot be changed;"
                        + " remove it from the environment.")
                .extracting(e -> ((InvokeException) e).code())
                .isEqualTo(InvokeException.Code.INVALID_ENVIRONMENT);
        assertThatThrownBy(() -> LambdaEnvironment.of("Orders", "h", 128, Map.of("1ST", "x")))
                .hasMessageContaining("Environment variable name '1ST' is not valid");
    }
}
