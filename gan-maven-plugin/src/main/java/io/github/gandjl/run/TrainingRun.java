package io.github.gandjl.run;

import ai.djl.engine.Engine;
import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanFailure;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataFile;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import io.github.gandjl.metrics.Evaluator;
import io.github.gandjl.metrics.QualityJudge;
import io.github.gandjl.metrics.QualityMeasurement;
import io.github.gandjl.train.CheckpointStore;
import io.github.gandjl.train.EngineSetup;
import io.github.gandjl.train.EpochResult;
import io.github.gandjl.train.GanTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Trains one experiment and writes its run directory: manifest, losses, timings, sample grids,
 * checkpoints and the final parameters. Everything that can be refused (configuration, data, batch
 * size) is checked before the run directory is touched, so a bad input leaves nothing behind. An
 * unfinished run in the directory is resumed from its newest checkpoint and ends with the same
 * bytes as a run that was never stopped.
 */
public final class TrainingRun {

    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final RunRequest request;
    private final GanLog log;
    private final Clock clock;
    private Path archiveDirectory;

    public TrainingRun(RunRequest request, GanLog log) {
        this(request, log, Clock.systemUTC());
    }

    TrainingRun(RunRequest request, GanLog log, Clock clock) {
        this.request = request;
        this.log = log;
        this.clock = clock;
    }

    /** Also copies a finished run into the {@link RunArchive} at this directory. */
    public TrainingRun archiveTo(Path directory) {
        this.archiveDirectory = directory;
        return this;
    }

    /** Runs every epoch, resuming an unfinished run, and returns the final manifest. */
    public Manifest execute(boolean failOnDivergence) {
        return execute(failOnDivergence, true);
    }

    /**
     * Runs every epoch and returns the final manifest.
     *
     * @param resume whether to continue an unfinished run found in the run directory; if false it
     *     is moved aside
     * @throws GanException for bad input, unreadable data or an unwritable directory
     * @throws GanFailure if the losses diverged and {@code failOnDivergence} is set
     */
    public Manifest execute(boolean failOnDivergence, boolean resume) {
        TrainingConfig config = request.config();
        Dataset dataset = Dataset.locate(request.data(), log);
        Images train = dataset.images(Split.TRAIN);
        // The training data, recorded in the manifest; the metrics' test images, read below, go
        // into each measurement's basis instead.
        List<DataFile> trainingData = dataset.filesUsed();
        RunFiles files = request.files();
        try (GanTrainer trainer = new GanTrainer(config, train);
                RunLock lock = lock(files);
                Evaluator evaluator =
                        request.metrics().enabled()
                                ? Evaluator.loadShipped(EngineSetup.start(config.threads()))
                                : null) {
            // Before anything is written: a resumed run must be measured as it was.
            QualityJudge judge = evaluator == null ? null : judge(evaluator, dataset);
            Optional<Resumption> resumption =
                    resume
                            ? Resumption.find(
                                    files, config, judge == null ? null : judge.basis(), log)
                            : Optional.empty();
            Manifest manifest;
            Progress progress;
            if (resumption.isPresent()) {
                int epoch = resumption.get().checkpoint().epoch();
                trainer.restore(resumption.get().checkpoint());
                progress = Progress.resumed(files, epoch);
                manifest =
                        resumption
                                .get()
                                .manifest()
                                .restarted(config.parameters())
                                .withProgress(epoch, progress.meanSeconds());
                if (manifest.quality() != null && manifest.quality().epoch() > epoch) {
                    manifest = manifest.withQuality(null);
                }
                log.info(
                        "Resuming "
                                + config.experiment()
                                + " (seed "
                                + config.seed()
                                + ") after epoch "
                                + epoch
                                + " from "
                                + files.directory());
            } else {
                prepare(files.directory());
                progress = Progress.fresh(files);
                manifest = newManifest(config, trainingData);
                log.info(
                        "Training "
                                + config.experiment()
                                + " (seed "
                                + config.seed()
                                + ") on "
                                + train.count()
                                + " images from "
                                + dataset.directory());
            }
            ManifestJson.write(manifest, files.manifest());
            try {
                manifest = trainFrom(config, trainer, judge, train, files, manifest, progress);
            } catch (RuntimeException e) {
                ManifestJson.write(
                        manifest.ended(RunStatus.FAILED, clock.instant(), 0), files.manifest());
                throw e;
            }
            ManifestJson.write(manifest, files.manifest());
            if (archiveDirectory != null && manifest.status() == RunStatus.FINISHED) {
                new RunArchive(archiveDirectory).record(files, manifest, log);
            }
            if (manifest.status() == RunStatus.DIVERGED && failOnDivergence) {
                throw new GanFailure(
                        "Experiment "
                                + config.experiment()
                                + " diverged: a loss was not finite in epoch "
                                + manifest.divergedAtEpoch()
                                + ". The run stopped there; see "
                                + files.losses()
                                + ". Set -Dgan.failOnDivergence=false to keep the build going.");
            }
            return manifest;
        } catch (IOException e) {
            throw unwritable(files.directory(), e);
        }
    }

    private RunLock lock(RunFiles files) {
        try {
            return RunLock.acquire(files.lock());
        } catch (IOException e) {
            throw unwritable(files.directory(), e);
        }
    }

    private Manifest newManifest(TrainingConfig config, List<DataFile> trainingData) {
        return new Manifest(
                Manifest.FORMAT_VERSION,
                config.experiment(),
                config.description(),
                config.seed(),
                RunStatus.RUNNING,
                config.parameters(),
                GitProbe.probe(request.projectDirectory()),
                Environment.current(
                        Engine.getDjlVersion(),
                        Engine.getEngine("PyTorch").getVersion(),
                        config.threads()),
                trainingData,
                clock.instant(),
                null,
                0,
                0,
                0);
    }

    /**
     * Prepares the quality judge: reads the test split (its checksum goes with every measurement,
     * not into the manifest's training data) and computes the real images' features once.
     */
    private QualityJudge judge(Evaluator evaluator, Dataset dataset) {
        TrainingConfig config = request.config();
        Images test = dataset.images(Split.TEST);
        String sha256 =
                dataset.filesUsed().stream()
                        .filter(f -> f.name().equals(Split.TEST.imagesFile()))
                        .map(DataFile::sha256)
                        .findFirst()
                        .orElseThrow();
        int samples = request.metrics().samples();
        if (test.count() < samples) {
            log.warn(
                    "The test split of "
                            + dataset.directory()
                            + " holds "
                            + test.count()
                            + " images, fewer than gan.metricSamples = "
                            + samples
                            + ": the Fréchet distance compares against all "
                            + test.count()
                            + " (recorded in the manifest), so it is not comparable with runs"
                            + " measured against "
                            + samples
                            + ".");
        }
        return QualityJudge.prepare(
                evaluator, request.metrics(), config.seed(), config.latentSize(), test, sha256);
    }

    private Manifest trainFrom(
            TrainingConfig config,
            GanTrainer trainer,
            QualityJudge judge,
            Images train,
            RunFiles files,
            Manifest manifest,
            Progress progress) {
        CheckpointStore checkpoints =
                new CheckpointStore(files.checkpoints(), config.checkpointKeep());
        double totalSeconds = progress.seconds();
        for (int epoch = progress.epoch() + 1; epoch <= config.epochs(); epoch++) {
            EpochResult result = trainer.trainEpoch(epoch);
            totalSeconds += result.seconds();
            QualityMeasurement quality = null;
            if (judge != null
                    && !result.diverged()
                    && request.metrics().isMetricEpoch(epoch, config.epochs())) {
                quality = judge.measure(epoch, trainer::generate);
                manifest = manifest.withQuality(quality);
            }
            progress.losses().append(lossRow(result, quality));
            progress.timings()
                    .append(
                            List.of(
                                    epoch,
                                    result.seconds(),
                                    result.imagesPerSecond(),
                                    quality == null ? "" : quality.seconds()));
            manifest = manifest.withProgress(epoch, totalSeconds / epoch);
            log.info(EpochLine.format(result, config.epochs(), totalSeconds / epoch));
            if (quality != null) {
                log.info(
                        String.format(
                                java.util.Locale.ROOT,
                                "  quality: Fréchet distance %.3f, classifier score %.3f,"
                                        + " %d classes covered (entropy %.3f); measured in %.2f s",
                                quality.frechetDistance(),
                                quality.classifierScore(),
                                quality.classesCovered(),
                                quality.coverageEntropy(),
                                quality.seconds()));
            }
            if (result.diverged()) {
                log.warn("A loss is not finite in epoch " + epoch + ": stopping the run.");
                return manifest.ended(RunStatus.DIVERGED, clock.instant(), epoch);
            }
            if (config.isSampleEpoch(epoch)) {
                write(
                        files.sample(epoch),
                        SampleGrid.png(
                                trainer.samples(),
                                GanTrainer.SAMPLE_COUNT,
                                train.rows(),
                                train.cols()));
            }
            if (config.isCheckpointEpoch(epoch)) {
                checkpoints.save(trainer.checkpoint(epoch));
                ManifestJson.write(manifest, files.manifest());
            }
        }
        write(files.generatorParameters(), trainer.generatorParameters());
        write(files.discriminatorParameters(), trainer.discriminatorParameters());
        return manifest.ended(RunStatus.FINISHED, clock.instant(), 0);
    }

    /** One line of losses.csv: the quality cells are empty on epochs without a measurement. */
    private static List<Object> lossRow(EpochResult result, QualityMeasurement quality) {
        List<Object> row = new ArrayList<>();
        row.add(result.epoch());
        row.add(result.learningRateG());
        row.add(result.learningRateD());
        row.add(result.lossG());
        row.add(result.lossD());
        row.add(result.dReal());
        row.add(result.dFake());
        if (quality == null) {
            for (int i = 0; i < RunFiles.QUALITY_COLUMNS.size(); i++) {
                row.add("");
            }
        } else {
            row.add(quality.frechetDistance());
            row.add(quality.classifierScore());
            row.add(quality.coverageEntropy());
            row.add(quality.classesCovered());
        }
        return row;
    }

    /** Makes an empty run directory, moving an earlier run there aside rather than deleting it. */
    private void prepare(Path directory) {
        try {
            if (Files.exists(directory)) {
                Path aside =
                        directory.resolveSibling(
                                directory.getFileName()
                                        + ".replaced-"
                                        + ASIDE_STAMP.format(clock.instant()));
                Files.move(directory, aside);
                log.info("Moved the earlier run aside to " + aside);
            }
            Files.createDirectories(directory.resolve("samples"));
        } catch (IOException e) {
            throw unwritable(directory, e);
        }
    }

    private GanException unwritable(Path directory, IOException e) {
        return new GanException(
                "Cannot write the run directory "
                        + directory
                        + " (gan.outputDirectory = "
                        + request.outputDirectory()
                        + "): "
                        + e
                        + ". Choose a writable directory with -Dgan.outputDirectory=<path>.",
                e);
    }

    private static void write(Path file, byte[] content) {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new GanException("Cannot write " + file + ": " + e, e);
        }
    }

    /** Where the epoch loop starts: the last epoch done, its CSV tables and time so far. */
    private record Progress(int epoch, CsvTable losses, CsvTable timings, double seconds) {

        double meanSeconds() {
            return epoch == 0 ? 0 : seconds / epoch;
        }

        static Progress fresh(RunFiles files) {
            return new Progress(
                    0,
                    new CsvTable(files.losses(), RunFiles.LOSS_COLUMNS, List.of()),
                    new CsvTable(files.timings(), RunFiles.TIMING_COLUMNS, List.of()),
                    0);
        }

        /** Cuts the tables and samples back to {@code epoch}: later ones are redone. */
        static Progress resumed(RunFiles files, int epoch) {
            List<List<String>> losses =
                    CsvTable.readRows(files.losses(), RunFiles.LOSS_COLUMNS, epoch);
            List<List<String>> timings =
                    CsvTable.readRows(files.timings(), RunFiles.TIMING_COLUMNS, epoch);
            if (losses.size() != epoch) {
                throw new GanException(
                        files.losses()
                                + " holds "
                                + losses.size()
                                + " epochs up to the checkpoint of epoch "
                                + epoch
                                + ", so the run cannot be resumed exactly. Start afresh with"
                                + " -Dgan.resume=false.");
            }
            double seconds = 0;
            for (List<String> row : timings) {
                seconds += Double.parseDouble(row.get(1));
            }
            deleteSamplesAfter(files, epoch);
            return new Progress(
                    epoch,
                    new CsvTable(files.losses(), RunFiles.LOSS_COLUMNS, losses),
                    new CsvTable(files.timings(), RunFiles.TIMING_COLUMNS, timings),
                    seconds);
        }

        private static void deleteSamplesAfter(RunFiles files, int epoch) {
            try (Stream<Path> samples = Files.list(files.samples())) {
                for (Path sample : (Iterable<Path>) samples::iterator) {
                    String name = sample.getFileName().toString();
                    if (name.matches("epoch-\\d+\\.png")
                            && Integer.parseInt(name.substring(6, name.length() - 4)) > epoch) {
                        Files.delete(sample);
                    }
                }
            } catch (IOException e) {
                throw new GanException("Cannot tidy " + files.samples() + ": " + e, e);
            }
        }
    }
}
