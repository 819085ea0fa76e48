package dev.lambdapackager.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Packages the project's functions as Lambda zips. */
@Mojo(name = "archive", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class ArchiveMojo extends AbstractMojo {

    /**
     * Skips packaging.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lambda.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() {
        if (skip) {
            getLog().info("Skipping Lambda packaging: lambda.skip=true");
        }
    }
}
