package io.github.gandjl.mojo;

import io.github.gandjl.baseline.Verification;
import io.github.gandjl.common.GanLog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the experiment's finished run differs from its committed baseline: a
 * different configuration, or a loss, learning rate or score that moved. On the environment the
 * baseline was made on the comparison is exact; elsewhere within {@code gan.tolerance}.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", requiresProject = true, threadSafe = true)
public final class VerifyMojo extends AbstractBaselineMojo {

    @Override
    protected void run(GanLog log) throws MojoExecutionException {
        Verification.verify(finishedRun("verified"), baselineFiles(), tolerance(), log);
    }
}
