package io.github.gandjl.metrics;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Fréchet distance between two Gaussians fitted to feature vectors (Heusel et al. 2017): {@code
 * |m1 - m2|^2 + tr(C1 + C2 - 2 (C1 C2)^(1/2))}.
 *
 * <p>The trace of the square root is taken through the symmetric form {@code tr((S C2 S)^(1/2))}
 * with {@code S = C1^(1/2)}: {@code S C2 S} is similar to {@code C1 C2}, so both have the same
 * eigenvalues, and being symmetric positive semi-definite it has a stable eigendecomposition
 * (commons-math3's {@link EigenDecomposition}), where the general matrix square root of {@code C1
 * C2} may come out complex from rounding. Eigenvalues that rounding pushes below zero are taken as
 * zero.
 */
public final class FrechetDistance {

    private FrechetDistance() {}

    public static double between(FeatureStatistics a, FeatureStatistics b) {
        double[] meanA = a.mean();
        double[] meanB = b.mean();
        if (meanA.length != meanB.length) {
            throw new IllegalArgumentException(
                    "feature dimensions differ: " + meanA.length + " and " + meanB.length);
        }
        double meanTerm = 0;
        for (int d = 0; d < meanA.length; d++) {
            double diff = meanA[d] - meanB[d];
            meanTerm += diff * diff;
        }
        RealMatrix covA = a.covariance();
        RealMatrix covB = b.covariance();
        RealMatrix rootA = symmetricSquareRoot(covA);
        RealMatrix product = rootA.multiply(covB).multiply(rootA);
        double traceRoot = 0;
        for (double eigenvalue :
                new EigenDecomposition(symmetrised(product)).getRealEigenvalues()) {
            traceRoot += Math.sqrt(Math.max(0, eigenvalue));
        }
        return meanTerm + covA.getTrace() + covB.getTrace() - 2 * traceRoot;
    }

    /** {@code V diag(sqrt(max(l, 0))) V^T} for a symmetric positive semi-definite matrix. */
    private static RealMatrix symmetricSquareRoot(RealMatrix matrix) {
        EigenDecomposition eigen = new EigenDecomposition(symmetrised(matrix));
        RealMatrix v = eigen.getV();
        double[] values = eigen.getRealEigenvalues();
        RealMatrix scaled = v.copy();
        for (int c = 0; c < values.length; c++) {
            double root = Math.sqrt(Math.max(0, values[c]));
            for (int r = 0; r < scaled.getRowDimension(); r++) {
                scaled.multiplyEntry(r, c, root);
            }
        }
        return scaled.multiply(v.transpose());
    }

    /** (M + M^T) / 2: removes the rounding asymmetry that EigenDecomposition would reject. */
    private static RealMatrix symmetrised(RealMatrix matrix) {
        return matrix.add(matrix.transpose()).scalarMultiply(0.5);
    }
}
