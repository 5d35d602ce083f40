package io.github.gandjl.report;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.RunContents;
import io.github.gandjl.run.RunReader;
import io.github.gandjl.run.TrainedRuns;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes real report folders of trained quick runs, for the page and browser tests. */
final class ReportPages {

    private ReportPages() {}

    /** The report of the quick run with seed 1; returns its index.html. */
    static Path single(Path directory) {
        return write(List.of(TrainedRuns.quick(1)), directory);
    }

    /** Seed 1 against seed 2 and against another learning rate; returns the index.html. */
    static Path comparison(Path directory) {
        return write(
                List.of(
                        TrainedRuns.quick(1),
                        TrainedRuns.quick(2),
                        TrainedRuns.quickWithLearningRate(1, 0.001)),
                directory);
    }

    static Path write(List<Path> runDirectories, Path directory) {
        List<RunContents> runs = new ArrayList<>();
        runDirectories.forEach(d -> runs.add(RunReader.read(d)));
        return new ReportWriter(
                        new ReportRenderer(null),
                        new ReportModelBuilder("test", Instant.now()),
                        GanLog.silent())
                .write(runs, null, directory);
    }
}
