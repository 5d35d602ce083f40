package io.github.gandjl.run;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.metrics.MeasurementBasis;
import io.github.gandjl.train.Checkpoint;
import io.github.gandjl.train.CheckpointStore;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides whether a run directory holds an unfinished run to continue: its manifest says running
 * (the process died) or failed, its configuration is the one asked for now, and it has a complete
 * checkpoint. Anything else starts afresh.
 *
 * @param manifest the unfinished run's manifest
 * @param checkpoint the newest complete checkpoint
 */
record Resumption(Manifest manifest, Checkpoint checkpoint) {

    /**
     * Parameters that may change on resume: more (or fewer) epochs only move the end of the run.
     */
    private static final List<String> MAY_CHANGE = List.of("epochs");

    /**
     * The run to continue in {@code files}, if there is one.
     *
     * @param quality how sample quality will be measured from now on; null when it will not be
     * @throws GanException if the unfinished run's configuration differs from {@code config}, or
     *     its quality was measured in another way than {@code quality}
     */
    static Optional<Resumption> find(
            RunFiles files, TrainingConfig config, MeasurementBasis quality, GanLog log) {
        if (!Files.isRegularFile(files.manifest())) {
            return Optional.empty();
        }
        Manifest manifest;
        try {
            manifest = ManifestJson.read(files.manifest());
        } catch (GanException e) {
            log.warn(e.getMessage() + " Starting afresh.");
            return Optional.empty();
        }
        if (manifest.status() != RunStatus.RUNNING && manifest.status() != RunStatus.FAILED) {
            return Optional.empty();
        }
        List<String> changed = changes(manifest.configuration(), config.parameters());
        if (!changed.isEmpty()) {
            throw refusal(
                    files,
                    "was made with another configuration",
                    changed,
                    "Train with the run's own parameters to resume it, or with");
        }
        Optional<Checkpoint> checkpoint =
                new CheckpointStore(files.checkpoints(), config.checkpointKeep())
                        .newest(config.epochs(), log);
        if (checkpoint.isEmpty()) {
            log.info("The unfinished run in " + files.directory() + " has no checkpoint yet.");
            return Optional.empty();
        }
        // One losses.csv holds one measuring procedure: turning the metrics off or measuring less
        // often is fine, measuring differently is not.
        if (quality != null && manifest.quality() != null) {
            List<String> differences = manifest.quality().basis().differences(quality);
            if (!differences.isEmpty()) {
                throw refusal(
                        files,
                        "measured sample quality in another way (the run's vs now)",
                        differences,
                        "Resume with the run's own metric settings, with -Dgan.metrics=false, or"
                                + " with");
            }
        }
        return Optional.of(new Resumption(manifest, checkpoint.get()));
    }

    private static GanException refusal(
            RunFiles files, String why, List<String> differences, String remedy) {
        return new GanException(
                "The unfinished run in "
                        + files.directory()
                        + " "
                        + why
                        + ", so it cannot be resumed: "
                        + String.join("; ", differences)
                        + ". "
                        + remedy
                        + " -Dgan.resume=false to start afresh (the old run is moved aside).");
    }

    /** Parameters whose values differ, as {@code name: before -> now}. */
    static List<String> changes(Map<String, String> before, Map<String, String> now) {
        List<String> changed = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(now.keySet());
        for (String name : names) {
            if (!MAY_CHANGE.contains(name) && !Objects.equals(before.get(name), now.get(name))) {
                changed.add("gan." + name + ": " + before.get(name) + " -> " + now.get(name));
            }
        }
        return changed;
    }
}
