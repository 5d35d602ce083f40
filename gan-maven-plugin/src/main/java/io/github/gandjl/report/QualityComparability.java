package io.github.gandjl.report;

import io.github.gandjl.metrics.MeasurementBasis;
import io.github.gandjl.run.RunContents;
import java.util.ArrayList;
import java.util.List;

/**
 * Which runs' sample-quality numbers may stand beside each other: those measured by the same
 * procedure as the first run that has a measurement (the reference). The others are left out of the
 * quality charts and get no deltas, with a note that says what differs.
 *
 * @param comparable per run, whether its quality is charted and compared
 * @param notes one sentence per run left out
 */
record QualityComparability(List<Boolean> comparable, List<String> notes) {

    QualityComparability {
        comparable = List.copyOf(comparable);
        notes = List.copyOf(notes);
    }

    static QualityComparability of(List<RunContents> runs, List<String> labels) {
        int reference = -1;
        for (int i = 0; i < runs.size() && reference < 0; i++) {
            if (basis(runs.get(i)) != null) {
                reference = i;
            }
        }
        List<Boolean> comparable = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            MeasurementBasis basis = basis(runs.get(i));
            if (basis == null) {
                comparable.add(false);
                continue;
            }
            List<String> differences = basis.procedureDifferences(basis(runs.get(reference)));
            comparable.add(differences.isEmpty());
            if (!differences.isEmpty()) {
                notes.add(
                        labels.get(i)
                                + " measured sample quality differently from "
                                + labels.get(reference)
                                + " ("
                                + String.join("; ", differences)
                                + "), so its quality is not charted or compared with it.");
            }
        }
        return new QualityComparability(comparable, notes);
    }

    boolean isComparable(int run) {
        return comparable.get(run);
    }

    private static MeasurementBasis basis(RunContents run) {
        return run.manifest().quality() == null ? null : run.manifest().quality().basis();
    }
}
