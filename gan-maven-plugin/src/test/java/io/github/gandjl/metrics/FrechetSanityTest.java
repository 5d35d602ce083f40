package io.github.gandjl.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.config.MetricSettings;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import io.github.gandjl.train.EngineSetup;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The metrics on images whose answer is known: real against real is close, noise and a blank image
 * are far, and one class shows as one class.
 */
class FrechetSanityTest {

    private static Evaluator evaluator;
    private static Images test;
    private static byte[] testLabels;
    private static Images train;

    @BeforeAll
    static void load(@TempDir Path cache) {
        Dataset subset = MetricsTestData.subset(cache);
        test = subset.images(Split.TEST);
        testLabels = subset.labels(Split.TEST);
        train = subset.images(Split.TRAIN);
        evaluator = Evaluator.loadShipped(EngineSetup.start(1));
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    private static QualityJudge judge(long seed) {
        return judge(seed, 0.02);
    }

    private static QualityJudge judge(long seed, double coverageShare) {
        return QualityJudge.prepare(
                evaluator,
                MetricSettings.of(true, 500, 1, coverageShare, 1),
                seed,
                100,
                test,
                "sha");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2024})
    void realImagesAreCloseAndNoiseAndBlankImagesAreFar(long seed) {
        QualityJudge judge = judge(seed);
        Images realTrain = QualityJudge.choose(train, 500, seed);
        double real =
                judge.measureImages(1, MetricsTestData.scaled(realTrain), 500).frechetDistance();

        SplittableRandom random = new SplittableRandom(seed);
        float[] noise = new float[500 * 784];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (random.nextDouble() * 2 - 1);
        }
        double noisy = judge.measureImages(1, noise, 500).frechetDistance();
        float[] blank = new float[500 * 784];
        Arrays.fill(blank, -1f);
        double constant = judge.measureImages(1, blank, 500).frechetDistance();

        assertTrue(real >= 0, "a distance is not negative: " + real);
        assertTrue(noisy > 20 * real, "noise " + noisy + " vs real " + real);
        assertTrue(constant > 20 * real, "blank " + constant + " vs real " + real);
    }

    @Test
    void theSameImagesAreAtDistanceZero() {
        QualityJudge judge = judge(7);
        double self = judge.measureImages(1, MetricsTestData.scaled(test), 500).frechetDistance();
        assertEquals(0, self, 1e-6);
    }

    /**
     * The evaluator is right about 9 times in 10, so a few of 50 images of one class land
     * elsewhere: a 10 % share tells one class from several, where the default 2 % would count a
     * single stray image of 50.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 9})
    void imagesOfOneClassCoverOneClass(int label) {
        Images one = MetricsTestData.ofClass(test, testLabels, label);
        assertTrue(one.count() >= 30, "the subset has " + one.count() + " of class " + label);
        QualityMeasurement m =
                judge(3, 0.1).measureImages(1, MetricsTestData.scaled(one), one.count());
        assertEquals(1, m.classesCovered(), m.toString());
        int top = m.classCounts().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(top, m.classCounts().get(label), m.toString());
        assertTrue(m.coverageEntropy() < 0.5, m.toString());
        assertTrue(m.classifierScore() < 1.5, m.toString());

        QualityMeasurement all =
                judge(3).measureImages(1, MetricsTestData.scaled(test), test.count());
        assertEquals(10, all.classesCovered(), all.toString());
        assertTrue(all.coverageEntropy() > 2.2, all.toString());
        assertTrue(all.classifierScore() > 5, all.toString());
    }
}
