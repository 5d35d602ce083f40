package io.github.gandjl.baseline;

import io.github.gandjl.common.GanException;
import io.github.gandjl.run.LossesCsv;
import io.github.gandjl.run.Manifest;
import io.github.gandjl.run.ManifestJson;
import io.github.gandjl.run.RunFiles;
import io.github.gandjl.run.RunStatus;
import java.nio.file.Files;
import java.util.List;

/**
 * A run that finished, read from its directory: only such a run has the numbers a baseline holds,
 * so anything else (missing, still running, failed, diverged, damaged) is refused with what to do.
 */
public record FinishedRun(RunFiles files, Manifest manifest, List<LossesCsv.Row> losses) {

    public FinishedRun {
        losses = List.copyOf(losses);
    }

    /**
     * @param purpose what the run is read for, such as "verified"; used in messages
     */
    public static FinishedRun read(RunFiles files, String experiment, long seed, String purpose) {
        if (!Files.isDirectory(files.directory())) {
            throw new GanException(
                    "There is no run of experiment "
                            + experiment
                            + " (seed "
                            + seed
                            + ") at "
                            + files.directory()
                            + " to be "
                            + purpose
                            + ". Train it first: mvn gan:train -P"
                            + experiment
                            + " (or set gan.outputDirectory and gan.seed to where the run is).");
        }
        Manifest manifest = ManifestJson.read(files.manifest());
        if (manifest.status() != RunStatus.FINISHED) {
            throw new GanException(
                    "The run "
                            + files.directory()
                            + " cannot be "
                            + purpose
                            + ": its manifest says it is "
                            + manifest.status().id()
                            + why(manifest)
                            + ", and only a finished run has the final numbers. Train it again"
                            + " with gan:train and let it finish.");
        }
        List<LossesCsv.Row> losses = LossesCsv.read(files.losses());
        if (losses.size() != manifest.epochsCompleted()) {
            throw new GanException(
                    "The losses file "
                            + files.losses()
                            + " has "
                            + losses.size()
                            + " epochs, but the manifest "
                            + files.manifest()
                            + " says "
                            + manifest.epochsCompleted()
                            + " were completed: the run directory is damaged. Train it again"
                            + " with gan:train.");
        }
        return new FinishedRun(files, manifest, losses);
    }

    private static String why(Manifest manifest) {
        switch (manifest.status()) {
            case RUNNING:
                return " (still training, or the training was killed)";
            case DIVERGED:
                return " (a loss was not finite in epoch " + manifest.divergedAtEpoch() + ")";
            case FAILED:
                return " (the training stopped with an error)";
            default:
                return "";
        }
    }
}
