package dev.lambdapackager.packager.container;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerContextMetaFile;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The engine the user chose, decided in this one place for every part of the plugin (builds, pulls and the cache
 * hit's image check), by docker-java's own configuration: {@code DOCKER_HOST}, else the context named by
 * {@code DOCKER_CONTEXT}, else the current context of {@code ~/.docker/config.json} (its {@code meta.json} under
 * {@code ~/.docker/contexts}, with the context's TLS files), {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH};
 * each also as a system property, and {@code DOCKER_CONFIG} for another folder than {@code ~/.docker}. This is the
 * order of the {@code docker} command too.
 *
 * <p>docker-java ignores a context that does not exist and quietly uses the default socket; here that is an error,
 * since the user asked for another engine.
 */
public final class DockerEndpoint {

    private final DockerClientConfig config;
    private final String source;

    private DockerEndpoint(DockerClientConfig config, String source) {
        this.config = config;
        this.source = source;
    }

    /**
     * Reads the configuration from the environment and system properties.
     *
     * @throws PackagingException {@link Code#ENGINE_UNREACHABLE} when it is unreadable or names a context that does
     *     not exist
     */
    public static DockerEndpoint resolve() throws PackagingException {
        DefaultDockerClientConfig config;
        try {
            DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
            String contextProperty = System.getProperty("DOCKER_CONTEXT");
            if (contextProperty != null && !contextProperty.isBlank()) {
                // docker-java 3.7.1 reads DOCKER_CONTEXT from the environment only; Maven users pass -DDOCKER_HOST,
                // so -DDOCKER_CONTEXT works as well. DOCKER_HOST still wins, as in docker-java and the docker command.
                builder.withDockerContext(contextProperty);
            }
            config = builder.build();
        } catch (RuntimeException e) {
            throw new PackagingException(
                    Code.ENGINE_UNREACHABLE,
                    "Cannot read the Docker client configuration ("
                            + DockerEngine.rootMessage(e) + "); check DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CERT_PATH and"
                            + " ~/.docker/config.json",
                    e);
        }
        String host = setting("DOCKER_HOST");
        if (host != null) {
            return new DockerEndpoint(
                    config,
                    System.getProperty("DOCKER_HOST") != null
                            ? "from the DOCKER_HOST system property"
                            : "from DOCKER_HOST");
        }
        String context = setting("DOCKER_CONTEXT");
        String contextSource = System.getProperty("DOCKER_CONTEXT") != null
                ? " from the DOCKER_CONTEXT system property"
                : " from DOCKER_CONTEXT";
        if (context == null && config.getDockerConfig() != null) {
            context = config.getDockerConfig().getCurrentContext();
            contextSource = ", the current context in " + Path.of(config.getDockerConfigPath(), "config.json");
        }
        if (context == null || context.isBlank() || context.equals("default")) {
            return new DockerEndpoint(config, "the default: no DOCKER_HOST, DOCKER_CONTEXT or current docker context");
        }
        File configFolder = new File(config.getDockerConfigPath());
        if (DockerContextMetaFile.resolveContextMetaFile(
                        DockerClientConfig.getDefaultObjectMapper(), configFolder, context)
                .isEmpty()) {
            throw new PackagingException(
                    Code.ENGINE_UNREACHABLE,
                    "Docker context '" + context + "' (" + contextSource.replaceFirst("^,? ", "")
                            + ") does not exist: there is no meta.json for it under "
                            + configFolder.toPath().resolve("contexts/meta")
                            + ". Run `docker context ls` to see the contexts, then name one of them or unset DOCKER_CONTEXT.");
        }
        return new DockerEndpoint(config, "docker context '" + context + "'" + contextSource);
    }

    /** A setting as docker-java reads it: the system property first, then the environment variable. */
    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** The engine's address. */
    public URI host() {
        return config.getDockerHost();
    }

    /** Where the address came from, for messages: {@code from DOCKER_HOST}, {@code docker context 'x' from DOCKER_CONTEXT}. */
    public String source() {
        return source;
    }

    /** The address and where it came from, for messages: {@code unix:///var/run/docker.sock (from DOCKER_HOST)}. */
    public String describe() {
        return host() + " (" + source + ")";
    }

    /**
     * The socket when the engine is a local unix socket without TLS: then one HTTP request on it is all the cache hit's
     * image check needs, far quicker than starting docker-java's client.
     */
    Optional<Path> plainUnixSocket() {
        URI host = host();
        if (!"unix".equals(host.getScheme()) || config.getSSLConfig() != null) {
            return Optional.empty();
        }
        return Optional.of(Path.of(host.getPath()));
    }

    /** docker-java's configuration, for the client and registry authentication. */
    DockerClientConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return describe();
    }
}
