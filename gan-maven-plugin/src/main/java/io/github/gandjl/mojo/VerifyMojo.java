package io.github.gandjl.mojo;

import io.github.gandjl.baseline.FinishedRun;
import io.github.gandjl.baseline.QualityGate;
import io.github.gandjl.baseline.Verification;
import io.github.gandjl.common.GanLog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the experiment's finished run differs from its committed baseline: a
 * different configuration, or a loss, learning rate or score that moved. On the environment the
 * baseline was made on the comparison is exact; elsewhere within {@code gan.tolerance}.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", requiresProject = true, threadSafe = true)
public final class VerifyMojo extends AbstractBaselineMojo {

    /**
     * The largest Fréchet distance the run may end with; unset means no limit. The build fails when
     * the distance measured after the last epoch is above it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.maxFrechetDistance")
    private Double maxFrechetDistance;

    @Override
    protected void run(GanLog log) throws MojoExecutionException {
        FinishedRun run = finishedRun("verified");
        Verification.verify(run, baselineFiles(), tolerance(), log);
        if (maxFrechetDistance != null) {
            QualityGate.check(run, maxFrechetDistance, log);
        }
    }
}
