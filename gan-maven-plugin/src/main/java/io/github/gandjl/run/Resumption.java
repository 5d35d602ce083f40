package io.github.gandjl.run;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
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
     * @throws GanException if the unfinished run's configuration differs from {@code config}
     */
    static Optional<Resumption> find(RunFiles files, TrainingConfig config, GanLog log) {
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
            throw new GanException(
                    "The unfinished run in "
                            + files.directory()
                            + " was made with another configuration, so it cannot be resumed:"
                            + " "
                            + String.join("; ", changed)
                            + ". Train with the run's own parameters to resume it, or with"
                            + " -Dgan.resume=false to start afresh (the old run is moved aside).");
        }
        Optional<Checkpoint> checkpoint =
                new CheckpointStore(files.checkpoints(), config.checkpointKeep())
                        .newest(config.epochs(), log);
        if (checkpoint.isEmpty()) {
            log.info("The unfinished run in " + files.directory() + " has no checkpoint yet.");
            return Optional.empty();
        }
        return Optional.of(new Resumption(manifest, checkpoint.get()));
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
