package io.github.gandjl.baseline;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanFailure;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.LossesCsv;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Holds a finished run's final sample quality to a limit the user set ({@code
 * gan.maxFrechetDistance}): the Fréchet distance measured after the last epoch must not exceed it.
 */
public final class QualityGate {

    static final String COLUMN = "frechet_distance";

    private QualityGate() {}

    /**
     * @throws GanFailure if the final distance is above {@code maxFrechetDistance}
     * @throws GanException if the run has no distance after its last epoch (metrics were off)
     */
    public static double check(FinishedRun run, double maxFrechetDistance, GanLog log) {
        List<LossesCsv.Row> rows = run.losses();
        if (rows.isEmpty()) {
            throw new GanException(run.files().losses() + " holds no epoch to check.");
        }
        LossesCsv.Row last = rows.get(rows.size() - 1);
        OptionalDouble distance = last.quality(COLUMN);
        if (distance.isEmpty()) {
            throw new GanException(
                    "gan.maxFrechetDistance is "
                            + maxFrechetDistance
                            + ", but "
                            + run.files().losses()
                            + " has no Fréchet distance for its last epoch, "
                            + last.epoch()
                            + ": the run was trained with the metrics off. Train it with"
                            + " -Dgan.metrics=true, or leave gan.maxFrechetDistance unset.");
        }
        double value = distance.getAsDouble();
        String basis =
                run.manifest().quality() == null
                        ? ""
                        : " (evaluator "
                                + run.manifest()
                                        .quality()
                                        .basis()
                                        .evaluatorSha256()
                                        .substring(0, 12)
                                + ", "
                                + run.manifest().quality().basis().generatedImages()
                                + " generated vs "
                                + run.manifest().quality().basis().realImages()
                                + " real images)";
        if (!(value <= maxFrechetDistance)) {
            throw new GanFailure(
                    "Experiment "
                            + run.manifest().experiment()
                            + " ends with a Fréchet distance of "
                            + value
                            + " after epoch "
                            + last.epoch()
                            + basis
                            + ", above gan.maxFrechetDistance = "
                            + maxFrechetDistance
                            + ". See "
                            + run.files().losses()
                            + ".");
        }
        log.info(
                "Final Fréchet distance "
                        + value
                        + basis
                        + " is within gan.maxFrechetDistance = "
                        + maxFrechetDistance
                        + ".");
        return value;
    }
}
