package io.github.gandjl.run;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.MetricSettings;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains a short experiment on the committed subset in a JVM of its own: {@code TrainOnce
 * <subsetDirectory> <outputDirectory> <epochs> <threads>}. Used by the tests that compare runs made
 * in separate JVMs, and by the one that kills them.
 */
public final class TrainOnce {

    private TrainOnce() {}

    public static void main(String[] args) {
        Path subset = Path.of(args[0]);
        Path output = Path.of(args[1]);
        TrainingConfig config =
                TrainingConfig.builder()
                        .experiment("determinism")
                        .epochs(Integer.parseInt(args[2]))
                        .threads(Integer.parseInt(args[3]))
                        .sampleInterval(1)
                        .checkpointInterval(1)
                        .build();
        new TrainingRun(request(config, subset, output), GanLog.silent()).execute(true);
    }

    static RunRequest request(TrainingConfig config, Path subset, Path output) {
        DataOptions data =
                DataOptions.defaults(subset, output.resolve("cache"))
                        .withSystemDirectories(List.of());
        // Metrics on, so that the determinism and resume tests cover the quality columns too.
        MetricSettings metrics = MetricSettings.of(true, 500, null, 0.02, config.sampleInterval());
        return new RunRequest(config, data, output, output, metrics);
    }
}
