package io.github.gandjl.report;

import java.util.List;

/**
 * {@code summary.md}: the status, the final metrics with deltas and the last sample grids, short
 * enough for a pull-request comment or a CI job summary. Markdown, not HTML, so it is written here;
 * every value from a run is escaped by {@link MarkdownText}.
 */
final class SummaryWriter {

    private SummaryWriter() {}

    /**
     * @param lastSampleFiles per run, the file name (beside summary.md) of its last grid, or null
     */
    static String write(ReportModel model, List<String> lastSampleFiles) {
        StringBuilder md = new StringBuilder();
        List<RunView> runs = model.runs();
        md.append("### ").append(MarkdownText.escape(model.title())).append("\n\n");
        if (!model.environmentDifferences().isEmpty()) {
            md.append("> **Note:** these runs were made on different machines or software (");
            List<String> names =
                    model.environmentDifferences().stream()
                            .map(r -> MarkdownText.escape(r.name()))
                            .toList();
            md.append(String.join(", ", names))
                    .append(" differ): their numbers need not match bit for bit.\n\n");
        }
        for (String note : model.qualityNotes()) {
            md.append("> **Note:** ").append(MarkdownText.escape(note)).append("\n\n");
        }
        for (RunView run : runs) {
            md.append("- **")
                    .append(MarkdownText.escape(run.label()))
                    .append("**: ")
                    .append(MarkdownText.escape(run.status()))
                    .append(", ")
                    .append(run.epochsCompleted())
                    .append(" epochs in ")
                    .append(MarkdownText.escape(run.duration()))
                    .append(", experiment ")
                    .append(MarkdownText.escape(run.experiment()))
                    .append(", seed ")
                    .append(run.seed())
                    .append(", commit `")
                    .append(run.commitShort().replace("`", ""))
                    .append(run.dirty() ? "` (modified work tree)\n" : "`\n");
        }
        md.append('\n');
        md.append("| Metric |");
        for (RunView run : runs) {
            md.append(' ').append(MarkdownText.escape(run.label())).append(" |");
        }
        md.append('\n').append("|---|");
        md.append("---:|".repeat(runs.size())).append('\n');
        for (MetricRow row : model.metrics()) {
            md.append("| ").append(MarkdownText.escape(row.name())).append(" |");
            for (MetricRow.Cell cell : row.cells()) {
                md.append(' ').append(cell.value());
                if (cell.delta() != null) {
                    md.append(" (").append(cell.delta());
                    if (cell.relative() != null) {
                        md.append(", ").append(cell.relative());
                    }
                    md.append(')');
                }
                md.append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        for (EpochDifference d : model.differences()) {
            md.append("- ")
                    .append(MarkdownText.escape(d.other()))
                    .append(" vs ")
                    .append(MarkdownText.escape(d.baseline()))
                    .append(": ");
            if (d.differs()) {
                md.append("losses first differ at epoch ")
                        .append(d.epoch())
                        .append(" (")
                        .append(d.column())
                        .append(" ")
                        .append(d.otherValue())
                        .append(" vs ")
                        .append(d.baselineValue())
                        .append(")\n");
            } else {
                md.append("losses identical in all ")
                        .append(d.commonEpochs())
                        .append(" common epochs\n");
            }
        }
        if (model.configDiff() != null && !model.configDiff().rows().isEmpty()) {
            md.append("- Parameters that differ: ");
            List<String> names =
                    model.configDiff().rows().stream()
                            .map(r -> "gan." + MarkdownText.escape(r.name()))
                            .toList();
            md.append(String.join(", ", names)).append('\n');
        }
        if (!model.differences().isEmpty() || model.configDiff() != null) {
            md.append('\n');
        }
        for (int i = 0; i < runs.size(); i++) {
            String file = lastSampleFiles.get(i);
            ImageView last = runs.get(i).lastSample();
            if (file != null && last != null) {
                md.append("![")
                        .append(MarkdownText.escape(last.alt()))
                        .append("](")
                        .append(file)
                        .append(") ");
            }
        }
        md.append("\n\nFull report: `index.html` beside this file.\n");
        return md.toString();
    }
}
