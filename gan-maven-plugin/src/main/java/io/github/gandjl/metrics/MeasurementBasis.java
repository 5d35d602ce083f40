package io.github.gandjl.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a quality measurement depends on besides the generator: two runs' metrics are only
 * comparable when they were measured by the same procedure.
 *
 * @param evaluatorSha256 SHA-256 of the evaluator's weights
 * @param generatedImages generated images judged
 * @param realImages real images the Fréchet distance compares against
 * @param realSplit the split they come from ({@code test})
 * @param realImagesSha256 SHA-256 of the decompressed content of that split's images file
 * @param latentSeed seed of the generated images' latent vectors (the same every epoch)
 * @param realSeed seed of the choice of real images (unused when the whole split is used)
 * @param coverageShare the share a class needs to count as covered
 */
public record MeasurementBasis(
        String evaluatorSha256,
        int generatedImages,
        int realImages,
        String realSplit,
        String realImagesSha256,
        long latentSeed,
        long realSeed,
        double coverageShare) {

    /**
     * How the measuring procedure differs from {@code other}'s, as {@code what: this vs other};
     * empty when the two measure the same way. The seeds are left out: they follow the run's seed,
     * and runs with different seeds are compared as samples of the same procedure, as their losses
     * are.
     */
    public List<String> procedureDifferences(MeasurementBasis other) {
        List<String> differences = new ArrayList<>();
        add(differences, "evaluator weights (SHA-256)", evaluatorSha256, other.evaluatorSha256);
        add(differences, "gan.metricSamples", generatedImages, other.generatedImages);
        add(differences, "real images compared against", realImages, other.realImages);
        add(differences, "real images' split", realSplit, other.realSplit);
        add(differences, "real images file (SHA-256)", realImagesSha256, other.realImagesSha256);
        add(differences, "gan.coverageShare", coverageShare, other.coverageShare);
        return differences;
    }

    /** {@link #procedureDifferences} and the seeds: empty only for the very same measurement. */
    public List<String> differences(MeasurementBasis other) {
        List<String> differences = procedureDifferences(other);
        add(differences, "latent seed", latentSeed, other.latentSeed);
        add(differences, "real-image seed", realSeed, other.realSeed);
        return differences;
    }

    private static void add(List<String> differences, String what, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.add(what + ": " + mine + " vs " + theirs);
        }
    }
}
