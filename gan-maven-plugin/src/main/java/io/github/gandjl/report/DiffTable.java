package io.github.gandjl.report;

import java.util.List;

/**
 * The parameters whose values differ between the runs compared, one column per run.
 *
 * @param runs the column headings: run labels
 * @param rows only the parameters that differ; empty when all runs share one configuration
 */
public record DiffTable(List<String> runs, List<Row> rows) {

    public DiffTable {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }

    /** One parameter: its name and its value in each run ("(not set)" when absent). */
    public record Row(String name, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }
}
