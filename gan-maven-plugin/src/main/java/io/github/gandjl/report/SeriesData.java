package io.github.gandjl.report;

import java.util.List;

/**
 * A series before layout: (epoch, value) pairs in data units.
 *
 * @param points pairs {x, y}; a NaN or infinite y is a gap
 */
public record SeriesData(String label, String colour, boolean dashed, List<double[]> points) {

    public SeriesData {
        points = List.copyOf(points);
    }
}
