package io.github.gandjl.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.run.LossesCsv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossComparisonTest {

    private static final ComparisonRule EXACT =
            ComparisonRule.choose(List.of(), new Tolerance(1e-4, 1e-6));
    private static final ComparisonRule TOLERANT =
            ComparisonRule.choose(
                    List.of("threads (baseline '2', this run '1')"), new Tolerance(1e-4, 1e-6));

    private static List<LossesCsv.Row> rows(int epochs) {
        List<LossesCsv.Row> rows = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            rows.add(new LossesCsv.Row(e, new double[] {2e-4, 2e-4, 0.6 + e, 1.1, 0.7, 0.5}));
        }
        return rows;
    }

    private static List<LossesCsv.Row> changed(
            List<LossesCsv.Row> rows, int epoch, int column, double value) {
        List<LossesCsv.Row> out = new ArrayList<>(rows);
        double[] values = rows.get(epoch - 1).values();
        values[column] = value;
        out.set(epoch - 1, new LossesCsv.Row(epoch, values));
        return out;
    }

    @Test
    void equalRowsPass() {
        LossComparison.Result result = LossComparison.compare(rows(3), rows(3), EXACT);
        assertTrue(result.passed());
        assertEquals(3, result.epochsCompared());
        assertEquals(0.0, result.largestDifference());
    }

    @Test
    void theExactRuleRejectsTheSmallestChange() {
        List<LossesCsv.Row> run = changed(rows(3), 2, 3, Math.nextUp(1.1));
        LossComparison.Mismatch m =
                LossComparison.compare(rows(3), run, EXACT).mismatch().orElseThrow();
        assertEquals(2, m.epoch());
        assertEquals("loss_d", m.column());
        assertEquals(1.1, m.expected());
        assertEquals(Math.nextUp(1.1), m.actual());
    }

    @Test
    void theToleranceRuleAcceptsRoundingButNotADrift() {
        List<LossesCsv.Row> rounded = changed(rows(3), 2, 3, 1.1 * (1 + 1e-7));
        LossComparison.Result ok = LossComparison.compare(rows(3), rounded, TOLERANT);
        assertTrue(ok.passed());
        assertTrue(ok.largestDifference() > 0);
        List<LossesCsv.Row> drifted = changed(rows(3), 2, 3, 1.1 * (1 + 1e-3));
        assertFalse(LossComparison.compare(rows(3), drifted, TOLERANT).passed());
    }

    @Test
    void reportsTheFirstDifferenceByEpochThenColumn() {
        List<LossesCsv.Row> run = changed(rows(3), 3, 0, 1);
        run = changed(run, 2, 5, 0.9);
        run = changed(run, 2, 4, 0.1);
        LossComparison.Mismatch m =
                LossComparison.compare(rows(3), run, TOLERANT).mismatch().orElseThrow();
        assertEquals(2, m.epoch());
        assertEquals("d_real", m.column());
        assertEquals(0.7, m.expected());
        assertEquals(0.1, m.actual());
    }

    @Test
    void aMissingEpochFailsThoughTheOthersAgree() {
        LossComparison.Result result = LossComparison.compare(rows(3), rows(2), EXACT);
        assertTrue(result.mismatch().isEmpty());
        assertFalse(result.passed());
        assertEquals(2, result.epochsCompared());
    }
}
