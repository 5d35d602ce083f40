package io.github.gandjl.config;

/**
 * When and how the sample-quality metrics are measured. Kept apart from {@link TrainingConfig}
 * because they do not change a single training number: the losses stay identical whether metrics
 * are on or off.
 *
 * @param enabled whether any metric is computed ({@code gan.metrics})
 * @param samples generated images judged, and real test images compared against, per measurement
 *     ({@code gan.metricSamples})
 * @param interval measure every this many epochs and after the last ({@code gan.metricInterval}); 0
 *     turns the metrics off
 * @param coverageShare the share of generated images a class needs to count as covered ({@code
 *     gan.coverageShare})
 */
public record MetricSettings(boolean enabled, int samples, int interval, double coverageShare) {

    public static final int DEFAULT_SAMPLES = 2000;
    public static final double DEFAULT_COVERAGE_SHARE = 0.02;

    /**
     * Validates raw values.
     *
     * @param interval null for "every sample epoch", 0 for off
     * @throws ConfigException naming the parameter for a value the metrics cannot use
     */
    public static MetricSettings of(
            boolean enabled, int samples, Integer interval, double coverageShare, int sampleEvery) {
        if (samples < 2) {
            throw new ConfigException(
                    "metricSamples",
                    samples,
                    "the Fréchet distance needs a covariance, so it must be 2 or more.");
        }
        if (interval != null && interval < 0) {
            throw new ConfigException(
                    "metricInterval",
                    interval,
                    "it must be 0 (metrics off) or a whole number of epochs of 1 or more.");
        }
        if (!(coverageShare > 0 && coverageShare <= 1)) {
            throw new ConfigException(
                    "coverageShare", coverageShare, "it must be a share in (0, 1], such as 0.02.");
        }
        int every = interval == null ? sampleEvery : interval;
        return new MetricSettings(enabled && every > 0, samples, every, coverageShare);
    }

    /** Metrics off. */
    public static MetricSettings off() {
        return new MetricSettings(false, DEFAULT_SAMPLES, 0, DEFAULT_COVERAGE_SHARE);
    }

    /** Whether this (1-based) epoch of a run of {@code epochs} is measured. */
    public boolean isMetricEpoch(int epoch, int epochs) {
        return enabled && (epoch % interval == 0 || epoch == epochs);
    }
}
