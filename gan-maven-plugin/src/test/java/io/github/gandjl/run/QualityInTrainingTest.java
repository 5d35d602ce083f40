package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.MetricSettings;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import io.github.gandjl.metrics.Evaluator;
import io.github.gandjl.metrics.QualityMeasurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed recipe on the committed subset, measured while it trains. */
class QualityInTrainingTest {

    private static final Path SUBSET = Path.of(System.getProperty("gan.subset.directory"));

    private static Manifest train(Path output, int epochs, int sampleInterval, Integer interval) {
        TrainingConfig config =
                TrainingConfig.builder()
                        .experiment("quality")
                        .epochs(epochs)
                        .sampleInterval(sampleInterval)
                        .threads(2)
                        .build();
        DataOptions data =
                DataOptions.defaults(SUBSET, output.resolve("cache"))
                        .withSystemDirectories(List.of());
        MetricSettings metrics = MetricSettings.of(true, 2000, interval, 0.02, sampleInterval);
        return new TrainingRun(
                        new RunRequest(config, data, output, output, metrics), GanLog.silent())
                .execute(true, false);
    }

    @Test
    void theDistanceFallsAsTheGeneratorLearns(@TempDir Path output) {
        Manifest manifest = train(output, 6, 10, 1);
        List<LossesCsv.Row> rows = LossesCsv.read(RunFiles.of(output, "quality", 42).losses());
        double first = rows.get(0).quality("frechet_distance").orElseThrow();
        double last = rows.get(5).quality("frechet_distance").orElseThrow();
        assertTrue(last < first, "after epoch 1: " + first + ", after epoch 6: " + last);

        QualityMeasurement q = manifest.quality();
        assertNotNull(q);
        assertEquals(6, q.epoch());
        assertEquals(last, q.frechetDistance());
        assertEquals(
                (double) q.classesCovered(), rows.get(5).quality("classes_covered").orElseThrow());
        assertEquals(2000, q.classCounts().stream().mapToInt(Integer::intValue).sum());
        // The committed subset has 500 test images, fewer than the 2,000 asked for: all are used,
        // and the manifest says so.
        assertEquals(2000, q.basis().generatedImages());
        assertEquals(500, q.basis().realImages());
        assertEquals("test", q.basis().realSplit());
        assertEquals(Evaluator.shippedDescriptor().weightsSha256(), q.basis().evaluatorSha256());
        assertEquals(q, ManifestJson.read(RunFiles.of(output, "quality", 42).manifest()).quality());
    }

    @Test
    void epochsWithoutAMeasurementHaveEmptyCells(@TempDir Path output) throws IOException {
        train(output, 4, 3, null);
        Path losses = RunFiles.of(output, "quality", 42).losses();
        List<String> lines = Files.readAllLines(losses);
        assertEquals(String.join(",", RunFiles.LOSS_COLUMNS), lines.get(0));
        assertTrue(lines.get(1).endsWith(",,,,"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",,,,"), lines.get(2));
        List<LossesCsv.Row> rows = LossesCsv.read(losses);
        assertTrue(rows.get(0).quality("frechet_distance").isEmpty());
        assertTrue(rows.get(2).quality("frechet_distance").isPresent());
        assertTrue(rows.get(3).quality("classifier_score").isPresent());
    }

    @Test
    void metricsOffLeaveTheColumnsEmptyAndTheManifestWithoutQuality(@TempDir Path output)
            throws IOException {
        Manifest manifest = train(output, 1, 1, 0);
        assertNull(manifest.quality());
        List<String> lines = Files.readAllLines(RunFiles.of(output, "quality", 42).losses());
        assertTrue(lines.get(1).endsWith(",,,,"), lines.get(1));
    }
}
