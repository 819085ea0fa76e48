package dev.lambdapackager.testkit;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.time.Duration;

/**
 * The real Docker engine for tests, from docker-java's default configuration. A test that needs it fails
 * (never skips) with a message that says how to get one.
 */
public final class TestDocker {

    private TestDocker() {}

    /** A pinged client; close it after use. */
    public static DockerClient client() {
        DockerClientConfig config =
                DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        DockerClient client = DockerClientImpl.getInstance(
                config,
                new ApacheDockerHttpClient.Builder()
                        .dockerHost(config.getDockerHost())
                        .sslConfig(config.getSSLConfig())
                        .connectionTimeout(Duration.ofSeconds(5))
                        .build());
        try {
            client.pingCmd().exec();
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "This test needs a real Docker engine, and none answers at " + config.getDockerHost()
                            + " (" + e.getMessage()
                            + "). Run `sudo scripts/test-env.sh up` from the repository root: it installs"
                            + " and starts one and builds the local builder images.",
                    e);
        }
        return client;
    }
}
