package io.github.gandjl.metrics;

/**
 * What a quality measurement depends on besides the generator: two runs' metrics are only
 * comparable when their bases are equal.
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
        double coverageShare) {}
