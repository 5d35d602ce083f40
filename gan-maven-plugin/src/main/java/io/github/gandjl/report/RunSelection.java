package io.github.gandjl.report;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.run.GitRevisions;
import io.github.gandjl.run.RunArchive;
import io.github.gandjl.run.RunFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which runs a report shows, from the report goal's parameters: named run directories, the archived
 * runs of git revisions, or the runs of experiments and seeds in the output directory.
 *
 * @param directories run directories, the first being the baseline
 * @param labels one per run, or null to make them from what tells the runs apart
 */
public record RunSelection(List<Path> directories, List<String> labels) {

    public RunSelection {
        directories = List.copyOf(directories);
        labels = labels == null ? null : List.copyOf(labels);
    }

    /** {@code -Dgan.runs=<dir>,<dir>}: relative paths are taken from the project directory. */
    public static RunSelection ofDirectories(String csv, Path base) {
        List<Path> dirs = new ArrayList<>();
        for (String item : split(csv)) {
            dirs.add(base.resolve(item).toAbsolutePath().normalize());
        }
        return new RunSelection(dirs, null);
    }

    /** Every experiment with every seed, from {@code <output>/<experiment>/seed-<seed>}. */
    public static RunSelection ofExperimentsAndSeeds(
            Path output, List<String> experiments, List<Long> seeds) {
        List<Path> dirs = new ArrayList<>();
        for (String experiment : experiments) {
            for (long seed : seeds) {
                dirs.add(RunFiles.of(output, experiment, seed).directory());
            }
        }
        return new RunSelection(dirs, null);
    }

    /**
     * {@code -Dgan.compare=main,HEAD}: the archived runs of each revision's commit, for the
     * experiment and each seed; labelled with the revision as the user wrote it.
     */
    public static RunSelection ofRevisions(
            RunArchive archive,
            Path projectDirectory,
            List<String> revisions,
            String experiment,
            List<Long> seeds,
            GanLog log) {
        List<Path> dirs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String revision : revisions) {
            String commit = GitRevisions.resolve(projectDirectory, revision, "gan.compare");
            for (long seed : seeds) {
                Path dir = archive.find(experiment, commit, seed);
                if (dir == null) {
                    List<String> held = archive.commits(experiment);
                    throw new GanException(
                            "Parameter gan.compare names the revision '"
                                    + revision
                                    + "' (commit "
                                    + commit
                                    + "), but the run archive "
                                    + archive.root()
                                    + " holds no run of experiment "
                                    + experiment
                                    + " with seed "
                                    + seed
                                    + " for that commit. Train it there (git checkout "
                                    + revision
                                    + " && mvn gan:train -P"
                                    + experiment
                                    + "): finished runs are archived. "
                                    + (held.isEmpty()
                                            ? "The archive has no runs of "
                                                    + experiment
                                                    + " at all."
                                            : "The archive has runs of "
                                                    + experiment
                                                    + " for the commits "
                                                    + String.join(", ", held)
                                                    + "."));
                }
                if (dir.getParent().getFileName().toString().endsWith(RunArchive.DIRTY_SUFFIX)) {
                    log.warn(
                            "Revision "
                                    + revision
                                    + ": only a run from a modified work tree at "
                                    + commit
                                    + " is archived; reporting it: "
                                    + dir);
                }
                dirs.add(dir);
                String shortCommit = commit.substring(0, 7);
                String label =
                        revision.equals(shortCommit)
                                ? revision
                                : revision + " (" + shortCommit + ")";
                labels.add(seeds.size() > 1 ? label + " · seed " + seed : label);
            }
        }
        return new RunSelection(dirs, labels);
    }

    /** The items of a comma-separated parameter, trimmed, without empty ones. */
    public static List<String> split(String csv) {
        List<String> items = new ArrayList<>();
        if (csv == null) {
            return items;
        }
        for (String item : csv.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    /** Seeds from {@code -Dgan.seeds=1,2,3}, with an error naming the parameter on bad input. */
    public static List<Long> seeds(String csv) {
        List<Long> seeds = new ArrayList<>();
        for (String item : split(csv)) {
            try {
                seeds.add(Long.parseLong(item));
            } catch (NumberFormatException e) {
                throw new GanException(
                        "Parameter gan.seeds is '"
                                + csv
                                + "': '"
                                + item
                                + "' is not a whole number. Give the seeds separated by commas,"
                                + " e.g. -Dgan.seeds=1,2,3.");
            }
        }
        return seeds;
    }
}
