package io.github.gandjl.report;

import io.github.gandjl.metrics.QualityMeasurement;
import io.github.gandjl.run.Environment;
import io.github.gandjl.run.EpochLosses;
import io.github.gandjl.run.EpochTiming;
import io.github.gandjl.run.RunContents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

/**
 * What differs between runs, as data: configuration, environment, final metrics (with deltas
 * against the first run) and the first epoch at which losses part.
 */
final class Comparison {

    static final String NOT_SET = "(not set)";

    private Comparison() {}

    /** Only the parameters whose values are not the same in every run, in first-seen order. */
    static DiffTable configDiff(List<String> labels, List<Map<String, String>> configurations) {
        Set<String> names = new LinkedHashSet<>();
        configurations.forEach(c -> names.addAll(c.keySet()));
        List<DiffTable.Row> rows = new ArrayList<>();
        for (String name : names) {
            List<String> values = new ArrayList<>();
            for (Map<String, String> c : configurations) {
                values.add(c.getOrDefault(name, NOT_SET));
            }
            if (values.stream().distinct().count() > 1) {
                rows.add(new DiffTable.Row(name, values));
            }
        }
        return new DiffTable(labels, rows);
    }

    /** The environment fields that can make numbers differ and that are not the same in all. */
    static List<DiffTable.Row> environmentDifferences(List<Environment> environments) {
        Map<String, Function<Environment, String>> fields = new LinkedHashMap<>();
        fields.put("CPU model", Environment::cpuModel);
        fields.put("CPU vector instructions", Environment::cpuFeatures);
        fields.put("Threads", e -> Integer.toString(e.threads()));
        fields.put("DJL version", Environment::djlVersion);
        fields.put("PyTorch version", Environment::pytorchVersion);
        fields.put("Operating system", Environment::os);
        fields.put("Architecture", Environment::arch);
        List<DiffTable.Row> rows = new ArrayList<>();
        fields.forEach(
                (name, get) -> {
                    List<String> values = environments.stream().map(get).toList();
                    if (values.stream().distinct().count() > 1) {
                        rows.add(new DiffTable.Row(name, values));
                    }
                });
        return rows;
    }

    /** The first epoch whose losses row differs between the two runs, compared exactly. */
    static EpochDifference firstDifference(
            String baselineLabel,
            List<EpochLosses> baseline,
            String otherLabel,
            List<EpochLosses> other) {
        int common = Math.min(baseline.size(), other.size());
        Map<String, ToDoubleFunction<EpochLosses>> columns = lossColumns();
        for (int i = 0; i < common; i++) {
            EpochLosses a = baseline.get(i);
            EpochLosses b = other.get(i);
            for (Map.Entry<String, ToDoubleFunction<EpochLosses>> column : columns.entrySet()) {
                double va = column.getValue().applyAsDouble(a);
                double vb = column.getValue().applyAsDouble(b);
                // Exact, bit for bit: Double.compare also tells NaN from NaN as equal.
                if (Double.compare(va, vb) != 0) {
                    return new EpochDifference(
                            baselineLabel,
                            otherLabel,
                            a.epoch(),
                            column.getKey(),
                            Double.toString(va),
                            Double.toString(vb),
                            common);
                }
            }
        }
        return new EpochDifference(baselineLabel, otherLabel, 0, null, null, null, common);
    }

    private static Map<String, ToDoubleFunction<EpochLosses>> lossColumns() {
        Map<String, ToDoubleFunction<EpochLosses>> columns = new LinkedHashMap<>();
        columns.put("lr_g", EpochLosses::learningRateG);
        columns.put("lr_d", EpochLosses::learningRateD);
        columns.put("loss_g", EpochLosses::lossG);
        columns.put("loss_d", EpochLosses::lossD);
        columns.put("d_real", EpochLosses::dReal);
        columns.put("d_fake", EpochLosses::dFake);
        return columns;
    }

    /** Final metrics per run, each with its delta against the first run. */
    static List<MetricRow> metrics(List<RunContents> runs, QualityComparability quality) {
        Map<String, ToDoubleFunction<RunContents>> metrics = new LinkedHashMap<>();
        metrics.put("Epochs completed", r -> r.manifest().epochsCompleted());
        metrics.put("Final G loss", r -> last(r, EpochLosses::lossG));
        metrics.put("Final D loss", r -> last(r, EpochLosses::lossD));
        metrics.put("Final D(x)", r -> last(r, EpochLosses::dReal));
        metrics.put("Final D(G(z))", r -> last(r, EpochLosses::dFake));
        metrics.put("Seconds per epoch", r -> r.manifest().secondsPerEpoch());
        // The last epoch: the first carries the warm-up of the JVM and the engine.
        metrics.put("Images per second (last epoch)", Comparison::lastImagesPerSecond);
        List<MetricRow> rows = new ArrayList<>();
        metrics.forEach((name, get) -> rows.add(row(name, runs, get, i -> true)));
        if (quality.comparable().contains(true)) {
            Map<String, ToDoubleFunction<QualityMeasurement>> measured = new LinkedHashMap<>();
            measured.put("Final Fréchet distance", QualityMeasurement::frechetDistance);
            measured.put("Final classifier score", QualityMeasurement::classifierScore);
            measured.put("Final classes covered", QualityMeasurement::classesCovered);
            measured.forEach(
                    (name, get) ->
                            rows.add(
                                    row(
                                            name,
                                            runs,
                                            r ->
                                                    r.manifest().quality() == null
                                                            ? Double.NaN
                                                            : get.applyAsDouble(
                                                                    r.manifest().quality()),
                                            quality::isComparable)));
        }
        return rows;
    }

    /** A metric's row; runs that are not {@code comparable} show their value without a delta. */
    private static MetricRow row(
            String name,
            List<RunContents> runs,
            ToDoubleFunction<RunContents> get,
            IntPredicate comparable) {
        double base = get.applyAsDouble(runs.get(0));
        List<MetricRow.Cell> cells = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            double value = get.applyAsDouble(runs.get(i));
            // A comparable run's baseline is comparable too, or has no value (NaN, no delta).
            cells.add(i == 0 || !comparable.test(i) ? baselineCell(value) : deltaCell(value, base));
        }
        return new MetricRow(name, cells);
    }

    static MetricRow.Cell baselineCell(double value) {
        return new MetricRow.Cell(value, Numbers.format(value), null, null, 0);
    }

    static MetricRow.Cell deltaCell(double value, double base) {
        if (!Double.isFinite(value) || !Double.isFinite(base)) {
            return new MetricRow.Cell(value, Numbers.format(value), null, null, 0);
        }
        double delta = value - base;
        String relative = base == 0 ? null : Numbers.percent(delta / Math.abs(base));
        return new MetricRow.Cell(
                value,
                Numbers.format(value),
                Numbers.signed(delta),
                relative,
                (int) Math.signum(delta));
    }

    private static double last(RunContents run, ToDoubleFunction<EpochLosses> get) {
        EpochLosses last = run.lastLosses();
        return last == null ? Double.NaN : get.applyAsDouble(last);
    }

    static double lastImagesPerSecond(RunContents run) {
        List<EpochTiming> timings = run.timings();
        return timings.isEmpty() ? Double.NaN : timings.get(timings.size() - 1).imagesPerSecond();
    }

    /** Whether all runs were made from the same values of a property. */
    static <T> boolean same(List<RunContents> runs, Function<RunContents, T> get) {
        T first = get.apply(runs.get(0));
        return runs.stream().allMatch(r -> Objects.equals(get.apply(r), first));
    }
}
