package io.github.gandjl.run;

import java.util.List;

/**
 * A run directory read back: its manifest, the rows of its two CSV files and its sample grids in
 * epoch order. {@link RunReader} builds it.
 */
public record RunContents(
        RunFiles files,
        Manifest manifest,
        List<EpochLosses> losses,
        List<EpochTiming> timings,
        List<SampleFile> samples) {

    public RunContents {
        losses = List.copyOf(losses);
        timings = List.copyOf(timings);
        samples = List.copyOf(samples);
    }

    /** The last epoch's losses, or null when no epoch finished. */
    public EpochLosses lastLosses() {
        return losses.isEmpty() ? null : losses.get(losses.size() - 1);
    }

    /** The last sample grid, or null when there is none. */
    public SampleFile lastSample() {
        return samples.isEmpty() ? null : samples.get(samples.size() - 1);
    }
}
