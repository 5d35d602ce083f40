package io.github.gandjl.run;

/**
 * The quality columns of one {@code losses.csv} row, on an epoch that was measured.
 *
 * @param frechetDistance Fréchet distance of the evaluator's features, generated vs real
 * @param classifierScore the Inception-score formula on the evaluator's probabilities
 * @param coverageEntropy entropy (nats) of the predicted-class histogram
 * @param classesCovered classes holding at least the configured share of generated images
 */
public record EpochQuality(
        double frechetDistance,
        double classifierScore,
        double coverageEntropy,
        double classesCovered) {}
