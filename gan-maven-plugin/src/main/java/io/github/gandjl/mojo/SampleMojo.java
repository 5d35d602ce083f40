package io.github.gandjl.mojo;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.RunFiles;
import io.github.gandjl.sample.SampleRequest;
import io.github.gandjl.sample.Sampler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Draws images from the experiment's finished run: a grid PNG, optionally each image as its own PNG
 * and an interpolation strip, under {@code <run>/sampled/seed-<sampleSeed>/}. The same seed gives
 * the same bytes.
 *
 * <p>Not thread-safe: the engine's random stream and thread count are global to the JVM.
 *
 * @since 0.1.0
 */
@Mojo(name = "sample", requiresProject = true, threadSafe = false)
public final class SampleMojo extends AbstractGanMojo {

    /**
     * The seed the latent points are drawn from. Defaults to the run's seed, which with 16 images
     * redraws the training's final sample grid.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.sampleSeed")
    private Long sampleSeed;

    /**
     * Images in the grid, 1 to 1024, laid out {@code ceil(sqrt(n))} to a line; a square number
     * gives a square grid.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.sampleCount", defaultValue = "16")
    private int sampleCount;

    /**
     * Whether each grid image is also written as its own 28 x 28 PNG, in {@code images/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.sampleImages", defaultValue = "false")
    private boolean sampleImages;

    /**
     * Whether to write {@code interpolation.png}: one row of images generated along the straight
     * line between two latent points drawn from the sample seed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.interpolate", defaultValue = "false")
    private boolean interpolate;

    /**
     * Images in the interpolation strip, both ends included, 2 to 100.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.interpolationSteps", defaultValue = "10")
    private int interpolationSteps;

    /**
     * Samples the generator saved in this epoch's checkpoint instead of the final one; the run need
     * not be finished. Only the newest {@code gan.checkpointKeep} checkpoints are kept.
     *
     * @since 0.1.0
     */
    @Parameter(property = "gan.checkpointEpoch")
    private Integer checkpointEpoch;

    @Override
    protected void run(GanLog log) throws MojoExecutionException {
        RunFiles run = RunFiles.of(outputDirectory.toPath(), experiment(), seed);
        Sampler.sample(
                new SampleRequest(
                        run,
                        sampleSeed,
                        sampleCount,
                        sampleImages,
                        interpolate,
                        interpolationSteps,
                        checkpointEpoch),
                log);
    }
}
