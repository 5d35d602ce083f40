package io.github.gandjl.run;

import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import java.nio.file.Path;

/**
 * What {@link TrainingRun} needs besides the log.
 *
 * @param outputDirectory where run directories go, {@code <output>/<experiment>/seed-<seed>}
 * @param projectDirectory where to ask git for the commit
 */
public record RunRequest(
        TrainingConfig config, DataOptions data, Path outputDirectory, Path projectDirectory) {

    public RunFiles files() {
        return RunFiles.of(outputDirectory, config.experiment(), config.seed());
    }
}
