package io.github.gandjl.mojo;

import io.github.gandjl.baseline.BaselineWriter;
import io.github.gandjl.common.GanLog;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Makes the experiment's finished run its new baseline, replacing the old one: {@code mvn gan:train
 * gan:baseline -Pquick}, then commit {@code baselines/quick/}. The only way a baseline changes, so
 * that a drift never passes unnoticed.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", requiresProject = true, threadSafe = true)
public final class BaselineMojo extends AbstractBaselineMojo {

    @Override
    protected void run(GanLog log) throws MojoExecutionException {
        BaselineWriter.write(
                finishedRun("made a baseline"), baselineFiles(), tolerance(), Instant.now(), log);
    }
}
