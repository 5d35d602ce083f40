package io.github.gandjl.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanFailure;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.LossesCsv;
import io.github.gandjl.run.RunFiles;
import io.github.gandjl.run.TrainedRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gan.maxFrechetDistance holds a real run's final distance to a limit. */
class QualityGateTest {

    @TempDir Path dir;

    private FinishedRun run(RunFiles files) {
        return FinishedRun.read(files, "quick", TrainedRuns.SEED, "verified");
    }

    @Test
    void aRunWithinTheLimitPassesAndOneAboveItFails() {
        RunFiles files = TrainedRuns.copyOfQuick(dir);
        List<LossesCsv.Row> rows = LossesCsv.read(files.losses());
        double last = rows.get(rows.size() - 1).quality("frechet_distance").orElseThrow();

        assertEquals(last, QualityGate.check(run(files), last, GanLog.silent()));
        GanFailure failure =
                assertThrows(
                        GanFailure.class,
                        () -> QualityGate.check(run(files), last * 0.99, GanLog.silent()));
        assertTrue(failure.getMessage().contains("gan.maxFrechetDistance"), failure.getMessage());
        assertTrue(failure.getMessage().contains(Double.toString(last)), failure.getMessage());
    }

    @Test
    void aRunTrainedWithoutMetricsCannotBeHeldToALimit() throws IOException {
        RunFiles files = TrainedRuns.copyOfQuick(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(files.losses()));
        String last = lines.get(lines.size() - 1);
        String[] cells = last.split(",", -1);
        StringBuilder emptied = new StringBuilder();
        for (int i = 0; i < RunFiles.TRAINING_COLUMNS.size(); i++) {
            emptied.append(cells[i]).append(',');
        }
        emptied.append(",,,");
        lines.set(lines.size() - 1, emptied.toString());
        Files.writeString(files.losses(), String.join("\n", lines) + "\n");

        GanException e =
                assertThrows(
                        GanException.class,
                        () -> QualityGate.check(run(files), 1e9, GanLog.silent()));
        assertTrue(e.getMessage().contains("metrics off"), e.getMessage());
    }
}
