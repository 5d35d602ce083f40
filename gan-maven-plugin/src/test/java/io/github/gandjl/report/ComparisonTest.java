package io.github.gandjl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.run.Environment;
import io.github.gandjl.run.EpochLosses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration and environment differences, the first differing epoch, and deltas. */
class ComparisonTest {

    @Test
    void configDiffKeepsOnlyWhatDiffers() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("epochs", "2");
        a.put("learningRate", "2.0E-4");
        a.put("seed", "1");
        Map<String, String> b = new LinkedHashMap<>(a);
        b.put("learningRate", "0.001");
        b.put("extra", "x");
        DiffTable diff = Comparison.configDiff(List.of("a", "b"), List.of(a, b));
        assertEquals(List.of("a", "b"), diff.runs());
        assertEquals(2, diff.rows().size());
        assertEquals(
                new DiffTable.Row("learningRate", List.of("2.0E-4", "0.001")), diff.rows().get(0));
        assertEquals(
                new DiffTable.Row("extra", List.of(Comparison.NOT_SET, "x")), diff.rows().get(1));
        assertTrue(Comparison.configDiff(List.of("a", "b"), List.of(a, a)).rows().isEmpty());
    }

    @Test
    void firstDifferenceIsTheFirstEpochAndColumnThatDiffer() {
        List<EpochLosses> base = losses(5);
        List<EpochLosses> other = new ArrayList<>(base);
        EpochLosses e3 = base.get(2);
        // The last bit of D's loss at epoch 3, then everything after.
        other.set(
                2,
                new EpochLosses(
                        3,
                        e3.learningRateG(),
                        e3.learningRateD(),
                        e3.lossG(),
                        Math.nextUp(e3.lossD()),
                        e3.dReal(),
                        e3.dFake()));
        other.set(3, new EpochLosses(4, 9, 9, 9, 9, 9, 9));
        EpochDifference d = Comparison.firstDifference("base", base, "other", other);
        assertTrue(d.differs());
        assertEquals(3, d.epoch());
        assertEquals("loss_d", d.column());
        assertEquals(Double.toString(e3.lossD()), d.baselineValue());
        assertEquals(Double.toString(Math.nextUp(e3.lossD())), d.otherValue());
        assertEquals(5, d.commonEpochs());
    }

    @Test
    void identicalCommonEpochsDoNotDifferEvenWhenOneRunIsLonger() {
        List<EpochLosses> longer = losses(5);
        EpochDifference d =
                Comparison.firstDifference("base", longer.subList(0, 3), "other", longer);
        assertFalse(d.differs());
        assertEquals(0, d.epoch());
        assertNull(d.column());
        assertEquals(3, d.commonEpochs());
    }

    @Test
    void deltasAreSignedWithARelativeChange() {
        MetricRow.Cell up = Comparison.deltaCell(1.1, 1.0);
        assertEquals("+0.1000", up.delta());
        assertEquals("+10.0%", up.relative());
        assertEquals(1, up.sign());
        MetricRow.Cell down = Comparison.deltaCell(0.5, 1.0);
        assertEquals("-0.5000", down.delta());
        assertEquals("-50.0%", down.relative());
        assertEquals(-1, down.sign());
        assertEquals("±0", Comparison.deltaCell(2, 2).delta());
        assertNull(Comparison.deltaCell(1, 0).relative(), "no percentage of zero");
        assertNull(Comparison.deltaCell(Double.NaN, 1).delta());
    }

    @Test
    void environmentDifferencesNameTheFieldsThatDiffer() {
        Environment a =
                new Environment("0.36.0", "2.7.1", "Linux 6", "amd64", "AMD EPYC", "avx2", 2, "17");
        Environment b =
                new Environment(
                        "0.36.0", "2.7.1", "Linux 6", "amd64", "Intel Xeon", "avx512f", 4, "21");
        List<DiffTable.Row> rows = Comparison.environmentDifferences(List.of(a, b));
        assertEquals(
                List.of("CPU model", "CPU vector instructions", "Threads"),
                rows.stream().map(DiffTable.Row::name).toList());
        assertEquals(List.of("2", "4"), rows.get(2).values());
        assertTrue(Comparison.environmentDifferences(List.of(a, a)).isEmpty());
    }

    private static List<EpochLosses> losses(int epochs) {
        List<EpochLosses> rows = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            rows.add(new EpochLosses(e, 2e-4, 2e-4, 0.7 + e / 3.0, 1.3 - e / 7.0, 0.8, 0.3));
        }
        return rows;
    }
}
