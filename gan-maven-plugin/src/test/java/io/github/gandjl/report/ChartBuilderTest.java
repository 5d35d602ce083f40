package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chart geometry: round ticks that cover the data, points inside the plot, gaps for NaN. */
class ChartBuilderTest {

    @Test
    void ticksAreRoundAndCoverTheData() {
        ChartBuilder.Scale scale = ChartBuilder.Scale.of(0.53, 1.17, false);
        assertTrue(scale.min() <= 0.53 && scale.max() >= 1.17, scale.toString());
        List<Double> ticks = scale.ticks();
        assertTrue(ticks.size() >= 4 && ticks.size() <= 9, ticks.toString());
        // A range of 0.64 in about five steps: steps of 0.2, from 0.4 to 1.2.
        assertEquals(0.2, scale.step(), 1e-12);
        assertEquals("0.4", scale.label(ticks.get(0), 0));
        assertEquals("1.2", scale.label(ticks.get(ticks.size() - 1), 0));
    }

    @Test
    void tinyValuesMoveTheirPowerOfTenIntoTheAxisLabel() {
        ChartView chart =
                ChartBuilder.build(
                        "lr",
                        "Learning rate",
                        "epoch",
                        "learning rate",
                        List.of(series(2.0e-4, 1.98e-4, 1.9602e-4)));
        assertEquals("learning rate (×10⁻⁴)", chart.yLabel());
        List<String> labels = chart.yTicks().stream().map(ChartView.Tick::label).toList();
        assertTrue(labels.contains("2.00") && labels.contains("1.96"), labels.toString());
        assertEquals(
                List.of("1", "2", "3"),
                chart.xTicks().stream().map(ChartView.Tick::label).toList());
    }

    @Test
    void countsGetWholeNumberTicks() {
        ChartView counts =
                ChartBuilder.build(
                        "classes", "Classes", "epoch", "classes", List.of(series(1, 2, 1, 1, 2)));
        assertEquals(
                List.of("1", "2"), counts.yTicks().stream().map(ChartView.Tick::label).toList());
        ChartView constant =
                ChartBuilder.build("classes", "Classes", "epoch", "classes", List.of(series(1, 1)));
        assertEquals(
                List.of("0", "1", "2"),
                constant.yTicks().stream().map(ChartView.Tick::label).toList());
    }

    @Test
    void pointsLieInsideThePlotAndNaNBreaksTheLine() {
        ChartView chart =
                ChartBuilder.build(
                        "loss",
                        "Loss",
                        "epoch",
                        "loss",
                        List.of(series(1.0, 0.5, Double.NaN, 0.7, 0.9)));
        ChartView.Series s = chart.series().get(0);
        assertEquals(2, s.paths().size(), "the NaN at epoch 3 splits the line in two");
        assertEquals(4, s.markers().size());
        for (ChartView.Point p : s.markers()) {
            assertTrue(p.x() >= chart.plotLeft() && p.x() <= chart.plotRight(), p.toString());
            assertTrue(p.y() >= chart.plotTop() && p.y() <= chart.plotBottom(), p.toString());
        }
        // Higher loss is higher on the page: smaller SVG y.
        assertTrue(s.markers().get(0).y() < s.markers().get(1).y());
        assertEquals(1, chart.legend().size());
        assertTrue(chart.legend().get(0).y() > chart.plotBottom());
        assertTrue(chart.height() > chart.legend().get(0).y());
    }

    @Test
    void aSinglePointStillGetsAScale() {
        ChartView chart = ChartBuilder.build("one", "One", "epoch", "loss", List.of(series(0.7)));
        assertEquals(1, chart.series().get(0).markers().size());
        assertTrue(chart.yTicks().size() >= 2);
    }

    private static SeriesData series(double... values) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new double[] {i + 1, values[i]});
        }
        return new SeriesData("series", "#000000", false, points);
    }
}
