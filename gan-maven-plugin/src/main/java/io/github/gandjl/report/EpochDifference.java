package io.github.gandjl.report;

/**
 * Where two runs' per-epoch losses first differ, compared exactly (same configuration, seed and
 * machine give byte-identical losses, so any difference is real).
 *
 * @param epoch the first epoch whose row differs, or 0 when the common epochs are identical
 * @param column the first column of that row that differs ({@code loss_g}, ...), or null
 * @param commonEpochs how many epochs both runs have
 */
public record EpochDifference(
        String baseline,
        String other,
        int epoch,
        String column,
        String baselineValue,
        String otherValue,
        int commonEpochs) {

    public boolean differs() {
        return epoch > 0;
    }
}
