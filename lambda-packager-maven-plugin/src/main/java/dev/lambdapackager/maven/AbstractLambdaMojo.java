package dev.lambdapackager.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the plugin's goals share, configured once for both: the functions ({@code archive} packages them,
 * {@code invoke} reads their handlers), where the zips are, the skip switch, and the project and session. Each goal's
 * own settings are on the goal.
 *
 * @since 0.1.0
 */
public abstract class AbstractLambdaMojo extends AbstractMojo {

    /**
     * The functions, each into its own zip: a list of {@code function} elements, each with a {@code name} (the zip's
     * name) and a {@code handler} (the handler class). When empty, there is one function, named {@code functionName}
     * with handler {@code handler}. {@code invoke} reads the handlers, for {@code _HANDLER}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Function> functions;

    /**
     * Handler class of the single function when {@code functions} is empty.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.HANDLER)
    private String handler;

    /**
     * Where the zips are written and found, each as {@code NAME/NAME.zip}, NAME being the function's name.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = PropertyNames.OUTPUT_DIRECTORY,
            defaultValue = "${project.build.directory}/lambda-packager/outputs")
    private File outputDirectory;

    /**
     * Skips the goal: packaging and invoking alike.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The configured functions; empty when there is a single one ({@link #handler()}). */
    protected List<Function> functions() {
        return functions == null ? List.of() : functions;
    }

    /** The single function's handler as configured, or null. */
    protected String handler() {
        return handler;
    }

    /** Where the zips are. */
    protected File outputDirectory() {
        return outputDirectory;
    }

    /** The project built. */
    protected MavenProject project() {
        return project;
    }

    /** The Maven session. */
    protected MavenSession session() {
        return session;
    }

    /**
     * Whether this goal has nothing to do in this project, having said why: {@code skip} is set, or the project is
     * packaged as {@code pom} (it has no function).
     *
     * @param what what is skipped, e.g. {@code Lambda packaging}
     */
    protected boolean skipped(String what) {
        if (skip) {
            getLog().info("Skipping " + what + ": " + PropertyNames.SKIP + "=true");
            return true;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping " + what + ": project " + project.getArtifactId()
                    + " has packaging pom (no function)");
            return true;
        }
        return false;
    }
}
