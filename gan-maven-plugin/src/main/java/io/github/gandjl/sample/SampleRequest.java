package io.github.gandjl.sample;

import io.github.gandjl.config.ConfigException;
import io.github.gandjl.run.RunFiles;

/**
 * What to draw from a finished run's generator.
 *
 * @param run the run whose final {@code generator.params} are loaded
 * @param sampleSeed the seed the latent points are drawn from, or null for the run's own seed
 *     (which, with 16 images, redraws the training's own final grid)
 * @param count images in the grid, laid out {@code ceil(sqrt(count))} to a line
 * @param singleImages whether each grid image is also written as its own 28 x 28 PNG
 * @param interpolate whether to write the interpolation strip
 * @param interpolationSteps images in the strip, from one latent point to the other
 * @param checkpointEpoch the epoch whose checkpoint's generator is loaded, or null for the final
 *     {@code generator.params}
 */
public record SampleRequest(
        RunFiles run,
        Long sampleSeed,
        int count,
        boolean singleImages,
        boolean interpolate,
        int interpolationSteps,
        Integer checkpointEpoch) {

    /** More would make a grid too large to look at and the parameter's purpose a benchmark. */
    public static final int MAX_COUNT = 1024;

    public static final int MAX_STEPS = 100;

    /** Draws from the run's final generator. */
    public SampleRequest(
            RunFiles run,
            Long sampleSeed,
            int count,
            boolean singleImages,
            boolean interpolate,
            int interpolationSteps) {
        this(run, sampleSeed, count, singleImages, interpolate, interpolationSteps, null);
    }

    public SampleRequest {
        if (checkpointEpoch != null && checkpointEpoch < 1) {
            throw new ConfigException(
                    "checkpointEpoch", checkpointEpoch, "it must be an epoch, 1 or more.");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new ConfigException(
                    "sampleCount", count, "it must be a whole number from 1 to " + MAX_COUNT + ".");
        }
        if (interpolate && (interpolationSteps < 2 || interpolationSteps > MAX_STEPS)) {
            throw new ConfigException(
                    "interpolationSteps",
                    interpolationSteps,
                    "the strip runs from one latent point to another, so it must be a whole"
                            + " number from 2 to "
                            + MAX_STEPS
                            + ".");
        }
    }
}
