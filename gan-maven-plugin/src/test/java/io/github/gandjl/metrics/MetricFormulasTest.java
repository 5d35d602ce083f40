package io.github.gandjl.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The formulas on inputs whose answers are known in closed form; no engine involved. */
class MetricFormulasTest {

    @Test
    void covarianceDividesByNMinusOne() {
        FeatureStatistics s = FeatureStatistics.of(new double[] {1, 10, 3, 14, 5, 18}, 3, 2);
        assertArrayEquals(new double[] {3, 14}, s.mean(), 1e-12);
        assertEquals(4, s.covariance().getEntry(0, 0), 1e-12);
        assertEquals(16, s.covariance().getEntry(1, 1), 1e-12);
        assertEquals(8, s.covariance().getEntry(0, 1), 1e-12);
    }

    /** For diagonal covariances the distance is |m1 - m2|^2 + sum (sqrt a - sqrt b)^2. */
    @Test
    void frechetDistanceOfIndependentGaussiansIsTheClosedForm() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 20000;
        double[] a = new double[n * 3];
        double[] b = new double[n * 3];
        double[] sdA = {1, 2, 0.5};
        double[] sdB = {3, 1, 0.5};
        double[] meanB = {1, 0, -2};
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 3; d++) {
                a[i * 3 + d] = random.nextGaussian() * sdA[d];
                b[i * 3 + d] = meanB[d] + random.nextGaussian() * sdB[d];
            }
        }
        FeatureStatistics sa = FeatureStatistics.of(a, n, 3);
        FeatureStatistics sb = FeatureStatistics.of(b, n, 3);
        double expected = 0;
        double[] ma = sa.mean();
        double[] mb = sb.mean();
        for (int d = 0; d < 3; d++) {
            double diff = ma[d] - mb[d];
            double root =
                    Math.sqrt(sa.covariance().getEntry(d, d))
                            - Math.sqrt(sb.covariance().getEntry(d, d));
            expected += diff * diff + root * root;
        }
        // Sample cross-covariances are not exactly zero, so agreement is close, not exact.
        assertEquals(expected, FrechetDistance.between(sa, sb), 0.02);
        assertEquals(1 + 4 + 1 + 4, FrechetDistance.between(sa, sb), 0.2);
        assertEquals(0, FrechetDistance.between(sa, sa), 1e-9);
        assertEquals(FrechetDistance.between(sa, sb), FrechetDistance.between(sb, sa), 1e-9);
    }

    @Test
    void classifierScoreRunsFromOneToTheNumberOfClasses() {
        double[] confidentAndEven = new double[10 * 10];
        for (int i = 0; i < 10; i++) {
            confidentAndEven[i * 10 + i] = 1;
        }
        assertEquals(10, ClassifierScore.of(confidentAndEven, 10), 1e-9);
        double[] allAlike = new double[5 * 10];
        for (int i = 0; i < allAlike.length; i++) {
            allAlike[i] = 0.1;
        }
        assertEquals(1, ClassifierScore.of(allAlike, 5), 1e-9);
    }

    @Test
    void coverageCountsPredictedClassesAndTheirShares() {
        // 97 images of class 3, 3 of class 8: class 8 holds 3 %, above a 2 % share, below 5 %.
        double[] p = new double[100 * 10];
        for (int i = 0; i < 100; i++) {
            p[i * 10 + (i < 97 ? 3 : 8)] = 0.9;
            p[i * 10 + 5] = 0.1;
        }
        ClassCoverage at2 = ClassCoverage.of(p, 100, 0.02);
        assertEquals(97, at2.counts()[3]);
        assertEquals(3, at2.counts()[8]);
        assertEquals(2, at2.classesCovered());
        assertEquals(1, ClassCoverage.of(p, 100, 0.05).classesCovered());
        double expected = -(0.97 * Math.log(0.97) + 0.03 * Math.log(0.03));
        assertEquals(expected, at2.entropy(), 1e-12);
    }
}
