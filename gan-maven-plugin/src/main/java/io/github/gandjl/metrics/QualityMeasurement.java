package io.github.gandjl.metrics;

import java.util.List;

/**
 * The sample quality of a generator after one epoch.
 *
 * @param frechetDistance between the evaluator's features of generated and real images; lower is
 *     better, 0 for identical distributions
 * @param classifierScore the Inception-score formula on the evaluator's probabilities, 1 to 10
 * @param coverageEntropy entropy (nats) of the predicted-class histogram, ln 10 ~ 2.303 at most
 * @param classesCovered classes holding at least {@link MeasurementBasis#coverageShare()} of the
 *     generated images
 * @param classCounts generated images predicted as each class
 * @param seconds wall-clock time of the measurement (not deterministic; never written to
 *     losses.csv)
 */
public record QualityMeasurement(
        int epoch,
        double frechetDistance,
        double classifierScore,
        double coverageEntropy,
        int classesCovered,
        List<Integer> classCounts,
        MeasurementBasis basis,
        double seconds) {

    public QualityMeasurement {
        classCounts = List.copyOf(classCounts);
    }
}
