package io.github.gandjl.sample;

import io.github.gandjl.run.RunFiles;
import java.nio.file.Path;
import java.util.Locale;

/** Where sampling writes, {@code <run>/sampled/seed-<sampleSeed>/}: one place for every name. */
public record SampleFiles(Path directory) {

    public static SampleFiles of(RunFiles run, long sampleSeed) {
        return new SampleFiles(run.directory().resolve("sampled").resolve("seed-" + sampleSeed));
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
