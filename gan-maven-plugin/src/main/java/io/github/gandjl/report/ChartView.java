package io.github.gandjl.report;

import java.util.List;

/**
 * An SVG line chart as numbers: the template draws it. Coordinates are in the chart's own pixel
 * space ({@code 0 0 width height}), with y growing downwards as in SVG.
 *
 * @param id an identifier unique in the page
 * @param plotLeft left edge of the plot area; the y-axis line
 * @param plotBottom bottom edge of the plot area; the x-axis line
 */
public record ChartView(
        String id,
        String title,
        String xLabel,
        String yLabel,
        int width,
        int height,
        int plotLeft,
        int plotTop,
        int plotRight,
        int plotBottom,
        List<Tick> xTicks,
        List<Tick> yTicks,
        List<Series> series,
        List<LegendEntry> legend) {

    public ChartView {
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        series = List.copyOf(series);
        legend = List.copyOf(legend);
    }

    /** A tick on an axis: its position along that axis and its label. */
    public record Tick(double position, String label) {}

    /**
     * One line of the chart.
     *
     * @param paths SVG polyline point lists ("x,y x,y ..."); a non-finite value breaks the line
     * @param markers points drawn as dots, so that short runs (one or two epochs) stay visible
     */
    public record Series(
            String label, String colour, boolean dashed, List<String> paths, List<Point> markers) {
        public Series {
            paths = List.copyOf(paths);
            markers = List.copyOf(markers);
        }
    }

    /** A point in the chart's pixel space. */
    public record Point(double x, double y) {}

    /** A legend line: a sample of the series' stroke at (x, y) and its label after it. */
    public record LegendEntry(double x, double y, String label, String colour, boolean dashed) {}
}
