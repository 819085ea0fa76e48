package dev.lambdapackager.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdapackager.runtime.handlers.EchoHandler;
import dev.lambdapackager.runtime.testsupport.LauncherProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without AWS_LAMBDA_RUNTIME_API the launcher serves a local Runtime API and says how to call it. */
class TheLauncherServesLocallyWithoutARuntimeApiTest {

    @Test
    void itLogsWhereItListensAndAnswersInvoke() throws Exception {
        int port = LauncherProcess.freePort();
        Process process = LauncherProcess.start(
                LauncherProcess.classPathWithoutLibraries(),
                Map.of("LOCAL_LAMBDA_PORT", Integer.toString(port)),
                List.of(),
                EchoHandler.class.getName());
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String url = "http://127.0.0.1:" + port + "/invoke";
            assertThat(output.readLine())
                    .isEqualTo("[INFO] Local Lambda server listening on " + url
                            + "; invoke with: curl --no-buffer -d '{}' " + url);

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"n\":1}");
        } finally {
            process.destroyForcibly().waitFor();
        }
    }
}
