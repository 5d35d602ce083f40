package io.github.gandjl.baseline;

import java.util.List;

/**
 * How a run's numbers are held to the baseline's: exactly, when the run was made on the environment
 * the baseline was made on (libtorch is then bit-reproducible), or within the experiment's
 * tolerance elsewhere, since other CPUs and thread counts round differently.
 *
 * @param environmentDifferences what differs between the two environments; empty for the exact rule
 */
public record ComparisonRule(
        boolean exact, Tolerance tolerance, List<String> environmentDifferences) {

    public ComparisonRule {
        environmentDifferences = List.copyOf(environmentDifferences);
    }

    public static ComparisonRule choose(List<String> environmentDifferences, Tolerance tolerance) {
        return new ComparisonRule(
                environmentDifferences.isEmpty(), tolerance, environmentDifferences);
    }

    public boolean accepts(double expected, double actual) {
        return exact ? Double.compare(expected, actual) == 0 : tolerance.accepts(expected, actual);
    }

    /** The rule and why it applies, for messages. */
    public String describe() {
        if (exact) {
            return "exact comparison (every value must be equal), since this run's environment"
                    + " matches the baseline's";
        }
        return "tolerance gan.tolerance = "
                + tolerance
                + " (a value passes when |actual - expected| <= "
                + tolerance.absolute()
                + " + "
                + tolerance.relative()
                + " * |expected|), since this run's environment differs from the baseline's in "
                + String.join("; ", environmentDifferences);
    }
}
