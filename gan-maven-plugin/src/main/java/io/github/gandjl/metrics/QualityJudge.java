package io.github.gandjl.metrics;

import io.github.gandjl.config.MetricSettings;
import io.github.gandjl.data.Images;
import io.github.gandjl.train.Seeds;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a generator's sample quality against a fixed set of real images. The real images'
 * feature statistics are computed once, when the judge is made, and the generated images come from
 * the same latent vectors every time, so measurements of one run compare across epochs.
 */
public final class QualityJudge {

    /** What makes images from latent vectors: {@code count} rows in, {@code count} images out. */
    @FunctionalInterface
    public interface ImageSource {
        float[] generate(float[] latent, int count);
    }

    private final Evaluator evaluator;
    private final MetricSettings settings;
    private final FeatureStatistics real;
    private final float[] latent;
    private final int latentSize;
    private final MeasurementBasis basis;

    private QualityJudge(
            Evaluator evaluator,
            MetricSettings settings,
            FeatureStatistics real,
            float[] latent,
            int latentSize,
            MeasurementBasis basis) {
        this.evaluator = evaluator;
        this.settings = settings;
        this.real = real;
        this.latent = latent;
        this.latentSize = latentSize;
        this.basis = basis;
    }

    /**
     * Chooses the real images (all of {@code test} when it holds no more than {@link
     * MetricSettings#samples()}, else that many drawn with the run's seed), computes their feature
     * statistics and draws the latent vectors.
     *
     * @param testImagesSha256 SHA-256 of the test images file's content, for the record
     */
    public static QualityJudge prepare(
            Evaluator evaluator,
            MetricSettings settings,
            long seed,
            int latentSize,
            Images test,
            String testImagesSha256) {
        long realSeed = Seeds.derive(seed, Seeds.Stream.METRIC_REAL, 0);
        long latentSeed = Seeds.derive(seed, Seeds.Stream.METRIC_LATENT, 0);
        Images chosen = choose(test, settings.samples(), realSeed);
        Evaluator.Judged judged = evaluator.judge(chosen);
        FeatureStatistics real =
                FeatureStatistics.of(judged.features(), judged.count(), EvaluatorNetwork.FEATURES);
        float[] latent = Draws.gaussian(settings.samples() * latentSize, latentSeed);
        MeasurementBasis basis =
                new MeasurementBasis(
                        evaluator.weightsSha256(),
                        settings.samples(),
                        chosen.count(),
                        "test",
                        testImagesSha256,
                        latentSeed,
                        realSeed,
                        settings.coverageShare());
        return new QualityJudge(evaluator, settings, real, latent, latentSize, basis);
    }

    /** The first {@code n} images of a seeded permutation, or all of them if there are fewer. */
    static Images choose(Images images, int n, long seed) {
        if (images.count() <= n) {
            return images;
        }
        int[] order = Draws.permutation(images.count(), seed);
        int size = images.imageSize();
        byte[] pixels = new byte[n * size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(images.pixels(), order[i] * size, pixels, i * size, size);
        }
        return new Images(n, images.rows(), images.cols(), pixels);
    }

    public MeasurementBasis basis() {
        return basis;
    }

    /** Generates {@link MetricSettings#samples()} images and measures them. */
    public QualityMeasurement measure(int epoch, ImageSource generator) {
        long start = System.nanoTime();
        int n = settings.samples();
        float[] images = generator.generate(latent.clone(), n);
        return measureImages(epoch, evaluator.judge(images, n), start);
    }

    /** Measures given images (pixels in [-1, 1]) against the real ones. */
    public QualityMeasurement measureImages(int epoch, float[] images, int count) {
        return measureImages(epoch, evaluator.judge(images, count), System.nanoTime());
    }

    private QualityMeasurement measureImages(int epoch, Evaluator.Judged judged, long start) {
        FeatureStatistics generated =
                FeatureStatistics.of(judged.features(), judged.count(), EvaluatorNetwork.FEATURES);
        double distance = FrechetDistance.between(generated, real);
        double score = ClassifierScore.of(judged.probabilities(), judged.count());
        ClassCoverage coverage =
                ClassCoverage.of(judged.probabilities(), judged.count(), settings.coverageShare());
        List<Integer> counts = new ArrayList<>();
        for (int c : coverage.counts()) {
            counts.add(c);
        }
        return new QualityMeasurement(
                epoch,
                distance,
                score,
                coverage.entropy(),
                coverage.classesCovered(),
                counts,
                basis,
                (System.nanoTime() - start) / 1e9);
    }

    /** The latent size the judge draws vectors of. */
    public int latentSize() {
        return latentSize;
    }
}
