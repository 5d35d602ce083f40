package io.github.gandjl.sample;

import io.github.gandjl.run.RunFiles;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where sampling writes, {@code <run>/sampled/seed-<sampleSeed>/} for the final generator and
 * {@code <run>/sampled/epoch-NNNN/seed-<sampleSeed>/} for a checkpoint's: one place for every name.
 */
public record SampleFiles(Path directory) {

    public static SampleFiles of(RunFiles run, long sampleSeed) {
        return of(run, sampleSeed, null);
    }

    /**
     * @param checkpointEpoch the checkpoint sampled, or null for the final generator
     */
    public static SampleFiles of(RunFiles run, long sampleSeed, Integer checkpointEpoch) {
        Path sampled = run.directory().resolve("sampled");
        if (checkpointEpoch != null) {
            sampled = sampled.resolve(String.format(Locale.ROOT, "epoch-%04d", checkpointEpoch));
        }
        return new SampleFiles(sampled.resolve("seed-" + sampleSeed));
    }

    public Path grid() {
        return directory.resolve("grid.png");
    }

    public Path interpolation() {
        return directory.resolve("interpolation.png");
    }

    public Path images() {
        return directory.resolve("images");
    }

    /** The n-th image (1-based) of the grid, on its own. */
    public Path image(int n) {
        return images().resolve(String.format(Locale.ROOT, "image-%04d.png", n));
    }
}
