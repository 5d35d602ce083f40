package io.github.gandjl.report;

import java.util.List;

/**
 * Everything the template shows, as plain data: one run or several, their charts, and for several
 * runs the comparison tables. Built by {@link ReportModelBuilder}; rendered by {@link
 * ReportRenderer}.
 *
 * @param environmentDifferences what differs between the runs' machines and software; empty for one
 *     run or identical environments
 * @param qualityNotes runs whose sample quality was measured differently from the first measured
 *     run's, and how; their quality is not charted or compared
 * @param configDiff the parameters that differ between runs; null for one run
 * @param differences each run against the first: where their losses first differ
 * @param sampleRows the runs' grids side by side per epoch; empty for one run
 */
public record ReportModel(
        String title,
        String generatedAt,
        String pluginVersion,
        boolean single,
        List<RunView> runs,
        List<ChartView> charts,
        List<DiffTable.Row> environmentDifferences,
        List<String> qualityNotes,
        DiffTable configDiff,
        List<MetricRow> metrics,
        List<EpochDifference> differences,
        List<SampleRow> sampleRows) {

    public ReportModel {
        runs = List.copyOf(runs);
        charts = List.copyOf(charts);
        environmentDifferences = List.copyOf(environmentDifferences);
        qualityNotes = List.copyOf(qualityNotes);
        metrics = List.copyOf(metrics);
        differences = List.copyOf(differences);
        sampleRows = List.copyOf(sampleRows);
    }

    /** The first run: the one every other is compared against. */
    public RunView baseline() {
        return runs.get(0);
    }
}
