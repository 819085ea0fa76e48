package dev.lambdapackager.packager.container;

import com.github.dockerjava.api.DockerClient;

/** For tests in other packages: the docker-java client behind a {@link DockerEngine}, to set up images. */
public final class DockerEngineAccess {

    private DockerEngineAccess() {}

    public static DockerClient client(DockerEngine engine) {
        return engine.client();
    }
}
