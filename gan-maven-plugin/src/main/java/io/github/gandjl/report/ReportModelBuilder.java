package io.github.gandjl.report;

import io.github.gandjl.run.Environment;
import io.github.gandjl.run.EpochLosses;
import io.github.gandjl.run.EpochQuality;
import io.github.gandjl.run.EpochTiming;
import io.github.gandjl.run.Manifest;
import io.github.gandjl.run.RunContents;
import io.github.gandjl.run.SampleFile;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Turns runs read from disk into the {@link ReportModel} the template shows. */
public final class ReportModelBuilder {

    /** Okabe-Ito: told apart with the common colour-vision deficiencies, and in print. */
    static final List<String> PALETTE =
            List.of(
                    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
                    "#F0E442");

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final String pluginVersion;
    private final Instant now;

    public ReportModelBuilder(String pluginVersion, Instant now) {
        this.pluginVersion = pluginVersion;
        this.now = now;
    }

    /** A model of the runs with labels made from what tells them apart. */
    public ReportModel build(List<RunContents> runs) {
        return build(runs, RunLabels.of(runs));
    }

    /** A model of the runs; the first is the baseline others are compared against. */
    public ReportModel build(List<RunContents> runs, List<String> labels) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
        boolean single = runs.size() == 1;
        List<RunView> views = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            views.add(view(runs.get(i), labels.get(i), colour(i)));
        }
        String title =
                single
                        ? "GAN run: " + labels.get(0)
                        : "GAN comparison: " + String.join(" vs ", labels);
        List<EpochDifference> differences = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            differences.add(
                    Comparison.firstDifference(
                            labels.get(0),
                            runs.get(0).losses(),
                            labels.get(i),
                            runs.get(i).losses()));
        }
        List<Map<String, String>> configs =
                runs.stream().map(r -> r.manifest().configuration()).toList();
        List<Environment> environments =
                runs.stream().map(r -> r.manifest().environment()).toList();
        QualityComparability quality = QualityComparability.of(runs, labels);
        return new ReportModel(
                title,
                WHEN.format(now),
                pluginVersion,
                single,
                views,
                charts(runs, labels, quality),
                single ? List.of() : Comparison.environmentDifferences(environments),
                quality.notes(),
                single ? null : Comparison.configDiff(labels, configs),
                Comparison.metrics(runs, quality),
                differences,
                single ? List.of() : sampleRows(runs, labels));
    }

    static String colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    private static RunView view(RunContents run, String label, String colour) {
        Manifest m = run.manifest();
        List<ImageView> samples = new ArrayList<>();
        for (SampleFile s : run.samples()) {
            samples.add(image(s, label));
        }
        Environment e = m.environment();
        List<Field> environment =
                List.of(
                        new Field("DJL", e.djlVersion()),
                        new Field("PyTorch", e.pytorchVersion()),
                        new Field("CPU", e.cpuModel()),
                        new Field("CPU vector instructions", e.cpuFeatures()),
                        new Field("Threads", Integer.toString(e.threads())),
                        new Field("Java", e.javaVersion()),
                        new Field("OS", e.os() + " (" + e.arch() + ")"));
        List<Field> configuration = new ArrayList<>();
        m.configuration().forEach((k, v) -> configuration.add(new Field("gan." + k, v)));
        String duration =
                m.finishedAt() == null
                        ? "still running"
                        : Numbers.duration(
                                Duration.between(m.startedAt(), m.finishedAt()).toMillis()
                                        / 1000.0);
        return new RunView(
                label,
                colour,
                run.files().directory().toString(),
                m.experiment(),
                m.description(),
                m.status().id(),
                m.seed(),
                m.git().commit() == null ? "none (not a git work tree)" : m.git().commit(),
                m.git().commit() == null
                        ? "none"
                        : m.git().commit().substring(0, Math.min(7, m.git().commit().length())),
                m.git().dirty(),
                WHEN.format(m.startedAt()),
                m.finishedAt() == null ? "" : WHEN.format(m.finishedAt()),
                duration,
                m.epochsCompleted(),
                Numbers.format(m.secondsPerEpoch()),
                configuration,
                environment,
                m.data(),
                samples,
                samples.isEmpty() ? null : samples.get(samples.size() - 1));
    }

    private static ImageView image(SampleFile s, String label) {
        return new ImageView(
                s.epoch(),
                DataUri.png(s.file()),
                "Samples of " + label + " after epoch " + s.epoch());
    }

    private static List<ChartView> charts(
            List<RunContents> runs, List<String> labels, QualityComparability quality) {
        boolean single = runs.size() == 1;
        List<ChartView> charts = new ArrayList<>();
        charts.add(
                lossChart(
                        "losses",
                        "Mean loss per epoch",
                        "loss",
                        runs,
                        labels,
                        "G loss",
                        EpochLosses::lossG,
                        "D loss",
                        EpochLosses::lossD));
        charts.add(
                lossChart(
                        "discriminator",
                        "Mean discriminator output per epoch",
                        "D output",
                        runs,
                        labels,
                        "D(x)",
                        EpochLosses::dReal,
                        "D(G(z))",
                        EpochLosses::dFake));
        charts.add(
                lossChart(
                        "learning-rate",
                        "Learning rate per epoch",
                        "learning rate",
                        runs,
                        labels,
                        "G",
                        EpochLosses::learningRateG,
                        "D",
                        EpochLosses::learningRateD));
        if (quality.comparable().contains(true)) {
            charts.add(
                    qualityChart(
                            "frechet-distance",
                            "Fréchet distance to real test images (lower is better)",
                            "Fréchet distance",
                            runs,
                            labels,
                            quality,
                            EpochQuality::frechetDistance));
            charts.add(
                    qualityChart(
                            "classifier-score",
                            "Classifier score of generated images (1 to 10, higher is better)",
                            "classifier score",
                            runs,
                            labels,
                            quality,
                            EpochQuality::classifierScore));
            charts.add(
                    qualityChart(
                            "classes-covered",
                            "Classes covered by generated images (a collapse shows here first)",
                            "classes covered",
                            runs,
                            labels,
                            quality,
                            EpochQuality::classesCovered));
        }
        List<SeriesData> speed = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            speed.add(
                    new SeriesData(
                            single ? "images per second" : labels.get(i),
                            colour(i),
                            false,
                            points(
                                    runs.get(i).timings(),
                                    EpochTiming::epoch,
                                    EpochTiming::imagesPerSecond)));
        }
        charts.add(
                ChartBuilder.build(
                        "speed", "Training speed per epoch", "epoch", "images per second", speed));
        return charts;
    }

    /** One series per run measured like the reference, over the epochs that were measured. */
    private static ChartView qualityChart(
            String id,
            String title,
            String yLabel,
            List<RunContents> runs,
            List<String> labels,
            QualityComparability quality,
            ToDoubleFunction<EpochQuality> value) {
        List<SeriesData> series = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (!quality.isComparable(i)) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (EpochLosses row : runs.get(i).losses()) {
                if (row.quality() != null) {
                    points.add(new double[] {row.epoch(), value.applyAsDouble(row.quality())});
                }
            }
            series.add(
                    new SeriesData(
                            runs.size() == 1 ? yLabel : labels.get(i), colour(i), false, points));
        }
        return ChartBuilder.build(id, title, "epoch", yLabel, series);
    }

    private static ChartView lossChart(
            String id,
            String title,
            String yLabel,
            List<RunContents> runs,
            List<String> labels,
            String firstName,
            ToDoubleFunction<EpochLosses> first,
            String secondName,
            ToDoubleFunction<EpochLosses> second) {
        boolean single = runs.size() == 1;
        List<SeriesData> series = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<EpochLosses> losses = runs.get(i).losses();
            String prefix = single ? "" : labels.get(i) + ": ";
            // One run: two colours; several: colour is the run. The second is dashed either way, so
            // that equal lines (G's and D's learning rate) both stay visible.
            series.add(
                    new SeriesData(
                            prefix + firstName,
                            colour(i),
                            false,
                            points(losses, EpochLosses::epoch, first)));
            series.add(
                    new SeriesData(
                            prefix + secondName,
                            single ? colour(1) : colour(i),
                            true,
                            points(losses, EpochLosses::epoch, second)));
        }
        return ChartBuilder.build(id, title, "epoch", yLabel, series);
    }

    private static <T> List<double[]> points(
            List<T> rows, Function<T, Integer> epoch, ToDoubleFunction<T> value) {
        List<double[]> points = new ArrayList<>();
        for (T row : rows) {
            points.add(new double[] {epoch.apply(row), value.applyAsDouble(row)});
        }
        return points;
    }

    private static List<SampleRow> sampleRows(List<RunContents> runs, List<String> labels) {
        TreeSet<Integer> epochs = new TreeSet<>();
        List<Map<Integer, SampleFile>> byEpoch = new ArrayList<>();
        for (RunContents run : runs) {
            Map<Integer, SampleFile> map = new HashMap<>();
            for (SampleFile s : run.samples()) {
                map.put(s.epoch(), s);
                epochs.add(s.epoch());
            }
            byEpoch.add(map);
        }
        List<SampleRow> rows = new ArrayList<>();
        for (int epoch : epochs) {
            List<ImageView> images = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                SampleFile s = byEpoch.get(i).get(epoch);
                images.add(
                        s == null
                                ? new ImageView(
                                        epoch, null, labels.get(i) + ": no grid at epoch " + epoch)
                                : image(s, labels.get(i)));
            }
            rows.add(new SampleRow(epoch, images));
        }
        return rows;
    }
}
