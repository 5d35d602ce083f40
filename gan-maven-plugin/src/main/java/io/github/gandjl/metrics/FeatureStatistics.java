package io.github.gandjl.metrics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Mean and covariance of a set of feature vectors, in double precision: the Gaussian the Fréchet
 * distance compares. The covariance divides by {@code n - 1}, as numpy's {@code cov} does in the
 * reference FID code.
 */
public record FeatureStatistics(int count, double[] mean, RealMatrix covariance) {

    public FeatureStatistics {
        mean = mean.clone();
        covariance = covariance.copy();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public RealMatrix covariance() {
        return covariance.copy();
    }

    /**
     * @param features {@code count} rows of {@code dimension} values, row-major
     * @throws IllegalArgumentException for fewer than two vectors
     */
    public static FeatureStatistics of(double[] features, int count, int dimension) {
        if (count < 2) {
            throw new IllegalArgumentException(
                    "a covariance needs at least 2 feature vectors, got " + count);
        }
        double[] mean = new double[dimension];
        for (int i = 0; i < count; i++) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += features[i * dimension + d];
            }
        }
        for (int d = 0; d < dimension; d++) {
            mean[d] /= count;
        }
        double[][] covariance = new double[dimension][dimension];
        double[] centred = new double[dimension];
        for (int i = 0; i < count; i++) {
            for (int d = 0; d < dimension; d++) {
                centred[d] = features[i * dimension + d] - mean[d];
            }
            for (int a = 0; a < dimension; a++) {
                double ca = centred[a];
                double[] row = covariance[a];
                for (int b = a; b < dimension; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < dimension; a++) {
            for (int b = a; b < dimension; b++) {
                covariance[a][b] /= count - 1;
                covariance[b][a] = covariance[a][b];
            }
        }
        return new FeatureStatistics(count, mean, new Array2DRowRealMatrix(covariance, false));
    }
}
