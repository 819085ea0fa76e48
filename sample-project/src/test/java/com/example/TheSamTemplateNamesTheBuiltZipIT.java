package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** template.yaml is valid YAML and deploys what `mvn package` really built, as the deploy guide says. */
class TheSamTemplateNamesTheBuiltZipIT {

    @Test
    @SuppressWarnings("unchecked")
    void codeUriIsTheBuiltZipAndTheUrlStreams() throws Exception {
        Map<String, Object> template;
        try (Reader in = Files.newBufferedReader(Path.of("template.yaml"))) {
            template = new Yaml().load(in);
        }
        assertThat(template).containsEntry("Transform", "AWS::Serverless-2016-10-31");
        Map<String, Object> function =
                (Map<String, Object>) ((Map<String, Object>) template.get("Resources")).get("StreamingNumbers");
        assertThat(function).containsEntry("Type", "AWS::Serverless::Function");
        Map<String, Object> properties = (Map<String, Object>) function.get("Properties");
        assertThat(Path.of((String) properties.get("CodeUri")))
                .isRegularFile()
                .isEqualTo(Path.of("target/lambda-packager/outputs/StreamingNumbers/StreamingNumbers.zip"));
        assertThat(properties)
                .containsEntry("Runtime", "provided.al2023")
                .containsEntry("Handler", "provided")
                .containsEntry("MemorySize", 128)
                .containsEntry("Timeout", 15);
        assertThat((Iterable<Object>) properties.get("Architectures")).containsExactly("arm64");
        assertThat((Map<String, Object>) properties.get("FunctionUrlConfig"))
                .containsEntry("AuthType", "AWS_IAM")
                .containsEntry("InvokeMode", "RESPONSE_STREAM");
        assertThat((Map<String, Object>) template.get("Outputs")).containsKey("StreamingNumbersUrl");
    }
}
