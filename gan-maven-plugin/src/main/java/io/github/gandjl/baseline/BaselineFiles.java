package io.github.gandjl.baseline;

import java.nio.file.Path;

/**
 * The layout of one experiment's baseline, {@code <baselines>/<experiment>/}: a copy of the run's
 * {@code losses.csv} and {@code baseline.json}.
 */
public record BaselineFiles(Path directory) {

    public static BaselineFiles of(Path baselinesDirectory, String experiment) {
        return new BaselineFiles(baselinesDirectory.resolve(experiment));
    }

    public Path losses() {
        return directory.resolve("losses.csv");
    }

    public Path json() {
        return directory.resolve("baseline.json");
    }
}
