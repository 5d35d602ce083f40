package io.github.gandjl.baseline;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanFailure;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.data.DataFile;
import io.github.gandjl.run.LossesCsv;
import io.github.gandjl.run.Manifest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Holds a finished run to its experiment's committed baseline: the same configuration and data,
 * then the same losses, exactly on the baseline's environment and within the tolerance elsewhere. A
 * drift is a {@link GanFailure} whose message names the first epoch and column that differ, both
 * values and the rule applied.
 */
public final class Verification {

    /**
     * Parameters left out of the configuration check. The thread count is part of the environment
     * instead: it changes how reductions round, so a run on another count is compared within the
     * tolerance rather than refused.
     */
    static final List<String> NOT_COMPARED = List.of("threads");

    /** What a passing verification found. */
    public record Verdict(ComparisonRule rule, LossComparison.Result result) {}

    private Verification() {}

    public static Verdict verify(
            FinishedRun run, BaselineFiles files, Tolerance tolerance, GanLog log) {
        Manifest manifest = run.manifest();
        String experiment = manifest.experiment();
        if (!Files.isDirectory(files.directory())) {
            throw new GanException(
                    "There is no baseline for experiment "
                            + experiment
                            + " at "
                            + files.directory()
                            + " (gan.baselineDirectory). Write one from a finished run with mvn"
                            + " gan:train gan:baseline -P"
                            + experiment
                            + " and commit it.");
        }
        Baseline baseline = BaselineJson.read(files.json());
        List<LossesCsv.Row> expected = LossesCsv.read(files.losses());
        if (!baseline.experiment().equals(experiment)) {
            throw new GanException(
                    "The baseline file "
                            + files.json()
                            + " is for experiment '"
                            + baseline.experiment()
                            + "', but it is in the directory of experiment '"
                            + experiment
                            + "'. Write it again with gan:baseline -P"
                            + experiment
                            + ".");
        }
        List<String> configDifferences = new ArrayList<>();
        configDifferences.addAll(
                configurationDifferences(baseline.configuration(), manifest.configuration()));
        configDifferences.addAll(dataDifferences(baseline.data(), manifest.data()));
        if (!configDifferences.isEmpty()) {
            throw new GanFailure(
                    "Experiment "
                            + experiment
                            + " cannot be compared with its baseline "
                            + files.directory()
                            + ": the run was made with a different "
                            + String.join("; ", configDifferences)
                            + ". Run it with the baseline's configuration, or, if the change is"
                            + " intended, write a new baseline with mvn gan:train gan:baseline -P"
                            + experiment
                            + " and commit it.");
        }
        ComparisonRule rule =
                ComparisonRule.choose(
                        EnvironmentMatch.differences(
                                baseline.environment(), manifest.environment()),
                        tolerance);
        LossComparison.Result result = LossComparison.compare(expected, run.losses(), rule);
        if (result.mismatch().isPresent()) {
            LossComparison.Mismatch m = result.mismatch().get();
            double difference = m.actual() - m.expected();
            throw new GanFailure(
                    "Experiment "
                            + experiment
                            + " differs from its baseline "
                            + files.directory()
                            + " at epoch "
                            + m.epoch()
                            + ", column "
                            + m.column()
                            + ": expected "
                            + m.expected()
                            + ", actual "
                            + m.actual()
                            + " (difference "
                            + difference
                            + (rule.exact()
                                    ? ""
                                    : ", allowed " + rule.tolerance().allowance(m.expected()))
                            + "). Rule: "
                            + rule.describe()
                            + ". Run: "
                            + run.files().losses()
                            + ". If the change is intended, write a new baseline with mvn"
                            + " gan:train gan:baseline -P"
                            + experiment
                            + " and commit it.");
        }
        if (result.baselineEpochs() != result.runEpochs()) {
            throw new GanFailure(
                    "Experiment "
                            + experiment
                            + " has "
                            + result.runEpochs()
                            + " epochs in "
                            + run.files().losses()
                            + " but its baseline "
                            + files.losses()
                            + " has "
                            + result.baselineEpochs()
                            + "; the first "
                            + result.epochsCompared()
                            + " agree. Rule: "
                            + rule.describe()
                            + ".");
        }
        log.info(
                "Experiment "
                        + experiment
                        + " matches its baseline "
                        + files.directory()
                        + ": "
                        + result.epochsCompared()
                        + " epochs x "
                        + LossesCsv.valueColumns().size()
                        + " columns, largest difference "
                        + result.largestDifference()
                        + ". Rule: "
                        + rule.describe()
                        + ".");
        return new Verdict(rule, result);
    }

    /**
     * One entry per parameter whose value differs, as {@code gan.x (baseline 'a', this run 'b')}.
     */
    static List<String> configurationDifferences(
            Map<String, String> baseline, Map<String, String> run) {
        List<String> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(baseline.keySet());
        names.addAll(run.keySet());
        for (String name : names) {
            if (NOT_COMPARED.contains(name)) {
                continue;
            }
            String expected = baseline.get(name);
            String actual = run.get(name);
            if (!Objects.equals(expected, actual)) {
                out.add(
                        "gan."
                                + name
                                + " (baseline "
                                + quoted(expected)
                                + ", this run "
                                + quoted(actual)
                                + ")");
            }
        }
        return out;
    }

    /** The data files, by name, whose content differs. */
    static List<String> dataDifferences(List<DataFile> baseline, List<DataFile> run) {
        Map<String, String> expected = new TreeMap<>();
        baseline.forEach(f -> expected.put(f.name(), f.sha256()));
        Map<String, String> actual = new TreeMap<>();
        run.forEach(f -> actual.put(f.name(), f.sha256()));
        if (expected.equals(actual)) {
            return List.of();
        }
        return List.of("data (baseline " + expected + ", this run " + actual + ")");
    }

    private static String quoted(String value) {
        return value == null ? "not set" : "'" + value + "'";
    }
}
