package io.github.gandjl.report;

import java.util.List;

/**
 * One final metric across the runs compared; each cell after the first carries its delta against
 * the first run (the baseline).
 */
public record MetricRow(String name, List<Cell> cells) {

    public MetricRow {
        cells = List.copyOf(cells);
    }

    /**
     * A value and its change from the baseline.
     *
     * @param raw the value as a number, NaN when the run has none
     * @param delta signed difference, e.g. "+0.0123"; null for the baseline itself
     * @param relative signed percentage, e.g. "+1.2%"; null when undefined
     * @param sign -1, 0 or 1: the direction of the delta, for styling
     */
    public record Cell(double raw, String value, String delta, String relative, int sign) {}
}
