package io.github.gandjl.run;

import io.github.gandjl.config.MetricSettings;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import java.nio.file.Path;

/**
 * What {@link TrainingRun} needs besides the log.
 *
 * @param outputDirectory where run directories go, {@code <output>/<experiment>/seed-<seed>}
 * @param projectDirectory where to ask git for the commit
 * @param metrics when and how sample quality is measured
 */
public record RunRequest(
        TrainingConfig config,
        DataOptions data,
        Path outputDirectory,
        Path projectDirectory,
        MetricSettings metrics) {

    /** A request with the quality metrics off. */
    public RunRequest(
            TrainingConfig config, DataOptions data, Path outputDirectory, Path projectDirectory) {
        this(config, data, outputDirectory, projectDirectory, MetricSettings.off());
    }

    public RunFiles files() {
        return RunFiles.of(outputDirectory, config.experiment(), config.seed());
    }
}
