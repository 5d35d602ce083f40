package io.github.gandjl.baseline;

import io.github.gandjl.data.DataFile;
import io.github.gandjl.run.Environment;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a committed baseline says about the run it was made from: {@code baseline.json} beside the
 * copy of that run's {@code losses.csv}. {@link BaselineJson} writes and reads it.
 *
 * @param configuration the run's effective parameters, by {@code gan.} name
 * @param environment where the run was made: an equal environment is compared exactly
 * @param data the data files the run read, with their SHA-256
 * @param tolerance the experiment's {@code gan.tolerance} when the baseline was written, for the
 *     record (verify uses the tolerance configured when it runs)
 * @param commit the commit the run was made from, or null outside a git work tree
 * @param dirty whether that work tree had uncommitted changes
 * @param createdAt when the baseline was written
 */
public record Baseline(
        int formatVersion,
        String experiment,
        long seed,
        Map<String, String> configuration,
        Environment environment,
        List<DataFile> data,
        Tolerance tolerance,
        String commit,
        boolean dirty,
        Instant createdAt) {

    public static final int FORMAT_VERSION = 1;

    public Baseline {
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
        data = List.copyOf(data);
    }
}
