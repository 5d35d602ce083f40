package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.metrics.MeasurementBasis;
import io.github.gandjl.metrics.QualityMeasurement;
import io.github.gandjl.run.RunContents;
import io.github.gandjl.run.RunReader;
import io.github.gandjl.run.TrainedRuns;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model built from real quick runs: one run, and two seeds compared. */
class ReportModelTest {

    private final ReportModelBuilder builder =
            new ReportModelBuilder("test", Instant.parse("2026-01-02T03:04:05Z"));

    @Test
    void oneRunHasItsFactsFourChartsAndEveryGridInOrder() {
        RunContents run = RunReader.read(TrainedRuns.quick(1));
        ReportModel model = builder.build(List.of(run));

        assertTrue(model.single());
        assertEquals("GAN run: quick · seed 1", model.title());
        RunView view = model.baseline();
        assertEquals("finished", view.status());
        assertEquals(1, view.seed());
        assertEquals(2, view.epochsCompleted());
        assertEquals(run.manifest().git().commit() == null, view.commit().startsWith("none"));
        assertEquals(List.of(1, 2), view.samples().stream().map(ImageView::epoch).toList());
        assertEquals(2, view.lastSample().epoch());
        assertTrue(view.lastSample().src().startsWith("data:image/png;base64,iVBOR"));
        assertTrue(
                view.configuration().contains(new Field("gan.learningRate", "2.0E-4")),
                view.configuration().toString());
        assertEquals(
                List.of(
                        "losses",
                        "discriminator",
                        "learning-rate",
                        "frechet-distance",
                        "classifier-score",
                        "classes-covered",
                        "speed"),
                model.charts().stream().map(ChartView::id).toList());
        ChartView losses = model.charts().get(0);
        assertEquals(
                List.of("G loss", "D loss"),
                losses.series().stream().map(ChartView.Series::label).toList());
        // Two epochs: one line of two points per series, and both points marked.
        assertEquals(1, losses.series().get(0).paths().size());
        assertEquals(2, losses.series().get(0).markers().size());
        assertEquals(2, losses.legend().size());
        assertNull(model.configDiff());
        assertTrue(model.sampleRows().isEmpty());
        assertEquals("2026-01-02 03:04:05 UTC", model.generatedAt());
        assertFalse(model.metrics().isEmpty());
        assertEquals(
                Numbers.format(run.lastLosses().lossG()),
                model.metrics().stream()
                        .filter(m -> m.name().equals("Final G loss"))
                        .findFirst()
                        .orElseThrow()
                        .cells()
                        .get(0)
                        .value());
    }

    @Test
    void twoSeedsAreOverlaidAndDifferInTheSeedOnly() {
        RunContents a = RunReader.read(TrainedRuns.quick(1));
        RunContents b = RunReader.read(TrainedRuns.quick(2));
        ReportModel model = builder.build(List.of(a, b));

        assertFalse(model.single());
        assertEquals(
                List.of("seed 1", "seed 2"), model.runs().stream().map(RunView::label).toList());
        // Same machine, same software: no environment warning.
        assertTrue(model.environmentDifferences().isEmpty());
        assertEquals(
                List.of("seed"),
                model.configDiff().rows().stream().map(DiffTable.Row::name).toList());
        assertEquals(List.of("1", "2"), model.configDiff().rows().get(0).values());
        // Other seeds draw other weights: the losses part in the first epoch.
        EpochDifference d = model.differences().get(0);
        assertEquals(1, d.epoch());
        assertEquals("loss_g", d.column());
        ChartView losses = model.charts().get(0);
        assertEquals(
                List.of("seed 1: G loss", "seed 1: D loss", "seed 2: G loss", "seed 2: D loss"),
                losses.series().stream().map(ChartView.Series::label).toList());
        assertEquals(
                losses.series().get(0).colour(),
                losses.series().get(1).colour(),
                "one colour per run");
        assertTrue(losses.series().get(1).dashed());
        assertFalse(losses.series().get(0).colour().equals(losses.series().get(2).colour()));
        assertEquals(2, model.sampleRows().size());
        assertTrue(model.sampleRows().get(1).images().stream().allMatch(i -> i.src() != null));
        MetricRow lossG = model.metrics().get(1);
        assertEquals("Final G loss", lossG.name());
        assertNull(lossG.cells().get(0).delta());
        assertNotNull(lossG.cells().get(1).delta());
        assertEquals(
                Numbers.signed(b.lastLosses().lossG() - a.lastLosses().lossG()),
                lossG.cells().get(1).delta());
    }

    @Test
    void otherSeedsAreComparedButQualityMeasuredDifferentlyIsNot() {
        RunContents a = RunReader.read(TrainedRuns.quick(1));
        RunContents b = RunReader.read(TrainedRuns.quick(2));
        ReportModel seeds = builder.build(List.of(a, b));
        assertTrue(seeds.qualityNotes().isEmpty(), seeds.qualityNotes().toString());
        assertEquals(2, chart(seeds, "frechet-distance").series().size());
        assertNotNull(metric(seeds, "Final Fréchet distance").cells().get(1).delta());

        QualityMeasurement q = b.manifest().quality();
        MeasurementBasis basis = q.basis();
        MeasurementBasis fewer =
                new MeasurementBasis(
                        basis.evaluatorSha256(),
                        400,
                        400,
                        basis.realSplit(),
                        basis.realImagesSha256(),
                        basis.latentSeed(),
                        basis.realSeed(),
                        basis.coverageShare());
        RunContents measuredOtherwise =
                new RunContents(
                        b.files(),
                        b.manifest()
                                .withQuality(
                                        new QualityMeasurement(
                                                q.epoch(),
                                                q.frechetDistance(),
                                                q.classifierScore(),
                                                q.coverageEntropy(),
                                                q.classesCovered(),
                                                q.classCounts(),
                                                fewer,
                                                q.seconds())),
                        b.losses(),
                        b.timings(),
                        b.samples());
        ReportModel model = builder.build(List.of(a, measuredOtherwise), List.of("A", "B"));
        assertEquals(1, model.qualityNotes().size());
        String note = model.qualityNotes().get(0);
        assertTrue(note.startsWith("B measured sample quality differently from A"), note);
        assertTrue(note.contains("gan.metricSamples: 400 vs 500"), note);
        ChartView distance = chart(model, "frechet-distance");
        assertEquals(
                List.of("A"), distance.series().stream().map(ChartView.Series::label).toList());
        MetricRow finalDistance = metric(model, "Final Fréchet distance");
        assertNull(finalDistance.cells().get(1).delta());
        assertEquals(Numbers.format(q.frechetDistance()), finalDistance.cells().get(1).value());
        // The losses are still compared.
        assertNotNull(metric(model, "Final G loss").cells().get(1).delta());
        String html = new ReportRenderer(null).render(model);
        assertTrue(html.contains("id=\"quality-warning\""), "the page says why");
        assertTrue(html.contains("gan.metricSamples: 400 vs 500"));
    }

    private static ChartView chart(ReportModel model, String id) {
        return model.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static MetricRow metric(ReportModel model, String name) {
        return model.metrics().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRunComparedWithItselfIsIdentical() {
        RunContents a = RunReader.read(TrainedRuns.quick(1));
        ReportModel model = builder.build(List.of(a, a), List.of("before", "after"));
        assertFalse(model.differences().get(0).differs());
        assertEquals(2, model.differences().get(0).commonEpochs());
        assertTrue(model.configDiff().rows().isEmpty());
        assertEquals("±0", model.metrics().get(1).cells().get(1).delta());
    }
}
