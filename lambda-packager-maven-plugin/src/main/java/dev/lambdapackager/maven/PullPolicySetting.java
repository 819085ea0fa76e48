package dev.lambdapackager.maven;

import dev.lambdapackager.packager.model.PullPolicy;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;

/** The {@code pullPolicy} setting as every goal reads it: parsed, and {@code OFFLINE} whenever Maven runs with -o. */
final class PullPolicySetting {

    private PullPolicySetting() {}

    /**
     * @param value the {@code pullPolicy} parameter as configured
     * @return the policy, or {@link PullPolicy#OFFLINE} in offline mode whatever was configured (offline means no
     *     network for anything, as for dependencies: the image must be in the engine already)
     * @throws MojoExecutionException for a value that is no policy, naming the setting
     */
    static PullPolicy resolve(String value, MavenSession session) throws MojoExecutionException {
        PullPolicy policy;
        try {
            policy = PullPolicy.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Invalid " + FailureMessages.element("pullPolicy") + ": " + e.getMessage());
        }
        return session.isOffline() ? PullPolicy.OFFLINE : policy;
    }
}
