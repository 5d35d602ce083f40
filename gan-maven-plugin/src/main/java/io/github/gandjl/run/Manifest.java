package io.github.gandjl.run;

import io.github.gandjl.data.DataFile;
import io.github.gandjl.metrics.QualityMeasurement;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to tell what a run was and why two runs differ: {@code manifest.json} in the
 * run directory. Immutable; {@link ManifestJson} writes and reads it.
 *
 * @param configuration the effective parameters, by {@code gan.} name
 * @param finishedAt null while running
 * @param epochsCompleted epochs whose results are in {@code losses.csv}
 * @param secondsPerEpoch mean over the completed epochs, 0 before the first
 * @param divergedAtEpoch the epoch whose loss was not finite, or 0
 * @param quality the newest sample-quality measurement, with what it depends on; null when the
 *     metrics are off or no epoch has been measured yet
 */
public record Manifest(
        int formatVersion,
        String experiment,
        String description,
        long seed,
        RunStatus status,
        Map<String, String> configuration,
        GitState git,
        Environment environment,
        List<DataFile> data,
        Instant startedAt,
        Instant finishedAt,
        int epochsCompleted,
        double secondsPerEpoch,
        int divergedAtEpoch,
        QualityMeasurement quality) {

    /** 2 added {@code quality}; version 1 manifests are still read, without it. */
    public static final int FORMAT_VERSION = 2;

    /** A manifest without a quality measurement. */
    public Manifest(
            int formatVersion,
            String experiment,
            String description,
            long seed,
            RunStatus status,
            Map<String, String> configuration,
            GitState git,
            Environment environment,
            List<DataFile> data,
            Instant startedAt,
            Instant finishedAt,
            int epochsCompleted,
            double secondsPerEpoch,
            int divergedAtEpoch) {
        this(
                formatVersion,
                experiment,
                description,
                seed,
                status,
                configuration,
                git,
                environment,
                data,
                startedAt,
                finishedAt,
                epochsCompleted,
                secondsPerEpoch,
                divergedAtEpoch,
                null);
    }

    public Manifest {
        configuration = Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
        data = List.copyOf(data);
    }

    /** The same manifest with a newer quality measurement. */
    public Manifest withQuality(QualityMeasurement measured) {
        return with(
                status,
                configuration,
                finishedAt,
                epochsCompleted,
                secondsPerEpoch,
                divergedAtEpoch,
                measured);
    }

    /** The same manifest after more epochs. */
    public Manifest withProgress(int epochs, double meanSeconds) {
        return with(
                status, configuration, finishedAt, epochs, meanSeconds, divergedAtEpoch, quality);
    }

    /** The same run, running again with the given configuration after a stop. */
    public Manifest restarted(Map<String, String> newConfiguration) {
        return with(
                RunStatus.RUNNING,
                newConfiguration,
                null,
                epochsCompleted,
                secondsPerEpoch,
                0,
                quality);
    }

    /** The same manifest, ended with the given status. */
    public Manifest ended(RunStatus newStatus, Instant at, int divergedEpoch) {
        return with(
                newStatus,
                configuration,
                at,
                epochsCompleted,
                secondsPerEpoch,
                divergedEpoch,
                quality);
    }

    /** A copy with the fields that change while a run goes on; what it is stays the same. */
    private Manifest with(
            RunStatus newStatus,
            Map<String, String> newConfiguration,
            Instant newFinishedAt,
            int newEpochsCompleted,
            double newSecondsPerEpoch,
            int newDivergedAtEpoch,
            QualityMeasurement newQuality) {
        return new Manifest(
                formatVersion,
                experiment,
                description,
                seed,
                newStatus,
                newConfiguration,
                git,
                environment,
                data,
                startedAt,
                newFinishedAt,
                newEpochsCompleted,
                newSecondsPerEpoch,
                newDivergedAtEpoch,
                newQuality);
    }
}
