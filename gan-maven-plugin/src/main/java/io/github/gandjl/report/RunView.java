package io.github.gandjl.report;

import io.github.gandjl.data.DataFile;
import java.util.List;

/**
 * One run as the page shows it; every value is plain text that the template escapes.
 *
 * @param label the short name that legends and tables use for the run
 * @param colour the run's colour in overlaid charts
 * @param commit the full commit hash, or "none" outside git
 * @param lastSample the last sample grid, or null when there is none
 */
public record RunView(
        String label,
        String colour,
        String directory,
        String experiment,
        String description,
        String status,
        long seed,
        String commit,
        String commitShort,
        boolean dirty,
        String startedAt,
        String finishedAt,
        String duration,
        int epochsCompleted,
        String secondsPerEpoch,
        List<Field> configuration,
        List<Field> environment,
        List<DataFile> data,
        List<ImageView> samples,
        ImageView lastSample) {

    public RunView {
        configuration = List.copyOf(configuration);
        environment = List.copyOf(environment);
        data = List.copyOf(data);
        samples = List.copyOf(samples);
    }
}
