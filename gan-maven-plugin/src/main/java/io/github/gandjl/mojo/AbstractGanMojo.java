package io.github.gandjl.mojo;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanFailure;
import io.github.gandjl.common.GanLog;
import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.model.Profile;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: {@code gan.skip}, the experiment and seed that name a run, where runs are
 * written, and turning the core's exceptions into Maven's.
 */
abstract class AbstractGanMojo extends AbstractMojo {

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The experiment's name. Defaults to the id of the one active profile of the project's pom
     * ({@code -Pquick} names the experiment {@code quick}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.experiment")
    private String experiment;

    /**
     * The seed that drives every random draw: weight initialisation, shuffling, label noise and
     * latent noise.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.seed", defaultValue = "42")
    protected long seed;

    /**
     * Where run directories are written, as {@code <outputDirectory>/<experiment>/seed-<seed>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.outputDirectory", defaultValue = "${project.build.directory}/gan")
    protected File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: gan.skip is set.");
            return;
        }
        try {
            run(new MavenGanLog(getLog()));
        } catch (GanException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (GanFailure e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The goal's work, with Maven's log behind the core's interface. */
    protected abstract void run(GanLog log) throws MojoExecutionException, MojoFailureException;

    /** The configured experiment, or the id of the one active profile of the project's pom. */
    protected String experiment() throws MojoExecutionException {
        if (experiment != null && !experiment.isBlank()) {
            return experiment;
        }
        // Only the profiles the pom itself declares name experiments: not the parent's, not
        // settings.xml's.
        Set<String> declared =
                project.getOriginalModel().getProfiles().stream()
                        .map(Profile::getId)
                        .collect(Collectors.toSet());
        List<String> active =
                project.getActiveProfiles().stream()
                        .map(Profile::getId)
                        .filter(declared::contains)
                        .collect(Collectors.toList());
        if (active.size() == 1) {
            return active.get(0);
        }
        throw new MojoExecutionException(
                "Parameter gan.experiment is not set and "
                        + (active.isEmpty()
                                ? "no profile of " + project.getFile() + " is active"
                                : "several profiles are active " + active)
                        + ": the experiment's name is taken from the one active profile. Activate"
                        + " one experiment with -P<id> (for example -Pquick) or name it with"
                        + " -Dgan.experiment=<name>.");
    }
}
