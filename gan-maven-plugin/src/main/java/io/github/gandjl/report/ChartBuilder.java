package io.github.gandjl.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a line chart: scales with "nice" round ticks, pixel coordinates of every point and the
 * legend's positions. Only numbers and plain text come out; the template writes the SVG.
 */
final class ChartBuilder {

    static final int WIDTH = 640;
    private static final int LEFT = 78;
    private static final int RIGHT = 20;
    private static final int TOP = 14;
    private static final int PLOT_HEIGHT = 220;
    private static final int AXIS_SPACE = 44;
    private static final int LEGEND_LINE = 18;
    private static final int LEGEND_COLUMN = 270;

    /** Above this many points a series is drawn as a line only. */
    private static final int MAX_MARKERS = 60;

    private ChartBuilder() {}

    static ChartView build(
            String id, String title, String xLabel, String yLabel, List<SeriesData> data) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        // Counts (classes covered) get whole-number ticks, not 1.2 classes.
        boolean wholeY = true;
        for (SeriesData s : data) {
            for (double[] p : s.points()) {
                if (Double.isFinite(p[1])) {
                    xMin = Math.min(xMin, p[0]);
                    xMax = Math.max(xMax, p[0]);
                    yMin = Math.min(yMin, p[1]);
                    yMax = Math.max(yMax, p[1]);
                    wholeY &= p[1] == Math.rint(p[1]);
                }
            }
        }
        if (xMin > xMax) { // no finite point at all
            xMin = 1;
            xMax = 2;
            yMin = 0;
            yMax = 1;
        }
        Scale x = Scale.of(Math.min(xMin, 1), Math.max(xMax, xMin + 1), true);
        Scale y = Scale.of(yMin, yMax, wholeY);
        // Tiny or huge values (learning rates) read better as "2.0" under "(x10^-4)" than as
        // "0.00020": the power of ten moves into the axis label.
        int exponent = y.exponent();
        String yTitle = exponent == 0 ? yLabel : yLabel + " (×10" + superscript(exponent) + ")";

        int plotLeft = LEFT;
        int plotRight = WIDTH - RIGHT;
        int plotTop = TOP;
        int plotBottom = TOP + PLOT_HEIGHT;
        int legendColumns = Math.max(1, (plotRight - plotLeft) / LEGEND_COLUMN);
        int legendRows = (data.size() + legendColumns - 1) / legendColumns;
        int height = plotBottom + AXIS_SPACE + legendRows * LEGEND_LINE + 6;

        List<ChartView.Tick> xTicks = new ArrayList<>();
        for (double v : x.ticks()) {
            xTicks.add(new ChartView.Tick(round(x.map(v, plotLeft, plotRight)), x.label(v, 0)));
        }
        List<ChartView.Tick> yTicks = new ArrayList<>();
        for (double v : y.ticks()) {
            yTicks.add(
                    new ChartView.Tick(round(y.map(v, plotBottom, plotTop)), y.label(v, exponent)));
        }
        List<ChartView.Series> series = new ArrayList<>();
        List<ChartView.LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            SeriesData s = data.get(i);
            List<String> paths = new ArrayList<>();
            List<ChartView.Point> markers = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            for (double[] p : s.points()) {
                if (!Double.isFinite(p[1])) {
                    flush(path, paths);
                    continue;
                }
                double px = round(x.map(p[0], plotLeft, plotRight));
                double py = round(y.map(p[1], plotBottom, plotTop));
                if (path.length() > 0) {
                    path.append(' ');
                }
                path.append(coordinate(px)).append(',').append(coordinate(py));
                markers.add(new ChartView.Point(px, py));
            }
            flush(path, paths);
            if (markers.size() > MAX_MARKERS) {
                markers = List.of();
            }
            series.add(new ChartView.Series(s.label(), s.colour(), s.dashed(), paths, markers));
            legend.add(
                    new ChartView.LegendEntry(
                            plotLeft + (i % legendColumns) * LEGEND_COLUMN,
                            plotBottom + AXIS_SPACE + (i / legendColumns) * LEGEND_LINE + 8,
                            s.label(),
                            s.colour(),
                            s.dashed()));
        }
        return new ChartView(
                id,
                title,
                xLabel,
                yTitle,
                WIDTH,
                height,
                plotLeft,
                plotTop,
                plotRight,
                plotBottom,
                xTicks,
                yTicks,
                series,
                legend);
    }

    static String superscript(int exponent) {
        StringBuilder text = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            text.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return text.toString();
    }

    private static void flush(StringBuilder path, List<String> paths) {
        if (path.length() > 0) {
            paths.add(path.toString());
            path.setLength(0);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String coordinate(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A linear scale over round tick values that cover the data. */
    record Scale(double min, double max, double step) {

        private static final int TARGET_TICKS = 6;

        static Scale of(double lo, double hi, boolean integers) {
            if (hi == lo) {
                double pad = lo == 0 ? 1 : Math.abs(lo) * 0.05;
                lo -= pad;
                hi += pad;
            }
            double step = nice((hi - lo) / (TARGET_TICKS - 1));
            if (integers) {
                step = Math.max(1, Math.ceil(step));
            }
            double min = Math.floor(lo / step) * step;
            double max = Math.ceil(hi / step) * step;
            return new Scale(min, max, step);
        }

        /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
        static double nice(double raw) {
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            double fraction = raw / power;
            double nice =
                    fraction <= 1
                            ? 1
                            : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
            return nice * power;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            long count = Math.round((max - min) / step);
            for (long i = 0; i <= count; i++) {
                ticks.add(min + i * step);
            }
            return ticks;
        }

        double map(double v, double from, double to) {
            return from + (v - min) / (max - min) * (to - from);
        }

        /** The power of ten to factor out of tick labels: 0 unless values are tiny or huge. */
        int exponent() {
            double largest = Math.max(Math.abs(min), Math.abs(max));
            if (largest == 0 || (largest >= 0.01 && largest < 1e6)) {
                return 0;
            }
            return (int) Math.floor(Math.log10(largest));
        }

        /** A tick's label, in units of {@code 10^exponent}, with as many decimals as the step. */
        String label(double v, int exponent) {
            double unit = Math.pow(10, exponent);
            double scaledStep = step / unit;
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(scaledStep) + 1e-9));
            double digits = scaledStep * Math.pow(10, decimals);
            if (Math.abs(digits - Math.rint(digits)) > 1e-6) {
                decimals++; // a step of 2.5 needs one more
            }
            return BigDecimal.valueOf(v / unit)
                    .setScale(decimals, RoundingMode.HALF_UP)
                    .toPlainString();
        }
    }
}
