package io.github.gandjl.run;

/**
 * One row of {@code timings.csv}: wall-clock figures, which differ between otherwise equal runs.
 *
 * @param qualitySeconds what measuring sample quality after the epoch took; NaN when the epoch was
 *     not measured
 */
public record EpochTiming(
        int epoch, double seconds, double imagesPerSecond, double qualitySeconds) {}
