package io.github.gandjl.baseline;

import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;

/**
 * Makes a finished run the baseline of its experiment, on purpose: copies its {@code losses.csv}
 * byte for byte and writes {@code baseline.json} with the configuration, environment and data that
 * produced it.
 */
public final class BaselineWriter {

    private BaselineWriter() {}

    public static Baseline write(
            FinishedRun run, BaselineFiles target, Tolerance tolerance, Instant now, GanLog log) {
        Manifest m = run.manifest();
        Baseline baseline =
                new Baseline(
                        Baseline.FORMAT_VERSION,
                        m.experiment(),
                        m.seed(),
                        m.configuration(),
                        m.environment(),
                        m.data(),
                        tolerance,
                        m.git().commit(),
                        m.git().dirty(),
                        now);
        try {
            // The run's own bytes, checked strictly on reading, so the copy is what was verified.
            AtomicFiles.write(target.losses(), Files.readAllBytes(run.files().losses()));
        } catch (IOException e) {
            throw new GanException(
                    "Cannot write the baseline "
                            + target.losses()
                            + " (gan.baselineDirectory): "
                            + e,
                    e);
        }
        BaselineJson.write(baseline, target.json());
        if (m.git().dirty()) {
            log.warn(
                    "The run was made from a work tree with uncommitted changes (commit "
                            + m.git().commit()
                            + "); the baseline records that.");
        }
        log.info(
                "Wrote the baseline of experiment "
                        + m.experiment()
                        + " to "
                        + target.directory()
                        + " from "
                        + run.files().directory()
                        + " ("
                        + run.losses().size()
                        + " epochs, environment "
                        + m.environment().fingerprint()
                        + "). Commit it so that gan:verify holds later runs to it.");
        return baseline;
    }
}
