package io.github.gandjl.baseline;

import io.github.gandjl.run.LossesCsv;
import java.util.List;
import java.util.Optional;

/**
 * Compares a run's losses with its baseline's, epoch by epoch and column by column in file order,
 * and reports the first value the rule rejects.
 */
public final class LossComparison {

    /**
     * The first value that differs.
     *
     * @param column the column's name in {@code losses.csv}
     */
    public record Mismatch(int epoch, String column, double expected, double actual) {}

    /**
     * What a comparison found.
     *
     * @param mismatch the first rejected value, if any
     * @param epochsCompared epochs present in both
     * @param baselineEpochs rows of the baseline
     * @param runEpochs rows of the run
     * @param largestDifference the largest absolute difference among the compared values
     */
    public record Result(
            Optional<Mismatch> mismatch,
            int epochsCompared,
            int baselineEpochs,
            int runEpochs,
            double largestDifference) {

        public boolean passed() {
            return mismatch.isEmpty() && baselineEpochs == runEpochs;
        }
    }

    private LossComparison() {}

    public static Result compare(
            List<LossesCsv.Row> baseline, List<LossesCsv.Row> run, ComparisonRule rule) {
        List<String> columns = LossesCsv.valueColumns();
        int epochs = Math.min(baseline.size(), run.size());
        double largest = 0;
        for (int e = 0; e < epochs; e++) {
            LossesCsv.Row expected = baseline.get(e);
            LossesCsv.Row actual = run.get(e);
            for (int c = 0; c < columns.size(); c++) {
                double x = expected.value(c);
                double y = actual.value(c);
                if (!rule.accepts(x, y)) {
                    return new Result(
                            Optional.of(new Mismatch(expected.epoch(), columns.get(c), x, y)),
                            e,
                            baseline.size(),
                            run.size(),
                            largest);
                }
                largest = Math.max(largest, Math.abs(y - x));
            }
        }
        return new Result(Optional.empty(), epochs, baseline.size(), run.size(), largest);
    }
}
