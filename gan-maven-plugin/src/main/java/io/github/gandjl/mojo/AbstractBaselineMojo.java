package io.github.gandjl.mojo;

import io.github.gandjl.baseline.BaselineFiles;
import io.github.gandjl.baseline.FinishedRun;
import io.github.gandjl.baseline.Tolerance;
import io.github.gandjl.run.RunFiles;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that write and check baselines share: where baselines live, the tolerance. */
abstract class AbstractBaselineMojo extends AbstractGanMojo {

    /**
     * Where committed baselines live, one directory per experiment: {@code
     * <baselineDirectory>/<experiment>/{losses.csv, baseline.json}}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.baselineDirectory", defaultValue = "${project.basedir}/baselines")
    private File baselineDirectory;

    /**
     * How far a run made on another environment (CPU model or instruction set, thread count, DJL or
     * PyTorch version) may move from its baseline, as {@code relative,absolute}: a value passes
     * when {@code |actual - expected| <= absolute + relative * |expected|}. On the baseline's own
     * environment the comparison is exact.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.tolerance", defaultValue = "1e-4,1e-6")
    private String tolerance;

    protected BaselineFiles baselineFiles() throws MojoExecutionException {
        return BaselineFiles.of(
                baselineDirectory.toPath().toAbsolutePath().normalize(), experiment());
    }

    protected Tolerance tolerance() {
        return Tolerance.parse(tolerance);
    }

    protected FinishedRun finishedRun(String purpose) throws MojoExecutionException {
        String experiment = experiment();
        return FinishedRun.read(
                RunFiles.of(outputDirectory.toPath(), experiment, seed), experiment, seed, purpose);
    }
}
