package io.github.gandjl.run;

/**
 * One row of {@code timings.csv}: wall-clock figures, which differ between otherwise equal runs.
 */
public record EpochTiming(int epoch, double seconds, double imagesPerSecond) {}
