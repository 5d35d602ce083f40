package io.github.gandjl.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The layout of a run directory, {@code <output>/<experiment>/seed-<seed>/}: one place that knows
 * every file's name.
 */
public record RunFiles(Path directory) {

    /**
     * Columns of {@code losses.csv} before the quality metrics were added: what older files and
     * baselines hold.
     */
    public static final List<String> TRAINING_COLUMNS =
            List.of("epoch", "lr_g", "lr_d", "loss_g", "loss_d", "d_real", "d_fake");

    /** The quality columns of {@code losses.csv}: empty cells on epochs without a measurement. */
    public static final List<String> QUALITY_COLUMNS =
            List.of("frechet_distance", "classifier_score", "coverage_entropy", "classes_covered");

    /** Columns of {@code losses.csv}: deterministic, byte-identical between repeated runs. */
    public static final List<String> LOSS_COLUMNS = concat(TRAINING_COLUMNS, QUALITY_COLUMNS);

    /**
     * Columns of {@code timings.csv}: wall-clock figures, which differ between runs. {@code
     * quality_seconds}, what the quality metrics of the epoch cost, is empty on epochs without a
     * measurement.
     */
    public static final List<String> TIMING_COLUMNS =
            List.of("epoch", "seconds", "images_per_second", "quality_seconds");

    /**
     * The columns a reader requires of {@code timings.csv}: runs archived before {@code
     * quality_seconds} was recorded still open in reports.
     */
    static final List<String> REQUIRED_TIMING_COLUMNS = TIMING_COLUMNS.subList(0, 3);

    public static RunFiles of(Path outputDirectory, String experiment, long seed) {
        return new RunFiles(outputDirectory.resolve(experiment).resolve("seed-" + seed));
    }

    public Path manifest() {
        return directory.resolve("manifest.json");
    }

    public Path losses() {
        return directory.resolve("losses.csv");
    }

    public Path timings() {
        return directory.resolve("timings.csv");
    }

    public Path samples() {
        return directory.resolve("samples");
    }

    public Path sample(int epoch) {
        return samples().resolve(String.format(Locale.ROOT, "epoch-%04d.png", epoch));
    }

    /** Beside the run directory, so that moving the directory aside keeps the lock. */
    public Path lock() {
        return directory.resolveSibling(directory.getFileName() + ".lock");
    }

    public Path checkpoints() {
        return directory.resolve("checkpoints");
    }

    public Path generatorParameters() {
        return directory.resolve("generator.params");
    }

    public Path discriminatorParameters() {
        return directory.resolve("discriminator.params");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
