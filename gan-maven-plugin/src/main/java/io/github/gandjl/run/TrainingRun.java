package io.github.gandjl.run;

import ai.djl.engine.Engine;
import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanFailure;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import io.github.gandjl.train.EpochResult;
import io.github.gandjl.train.GanTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Trains one experiment and writes its run directory: manifest, losses, timings, sample grids and
 * the final parameters. Everything that can be refused (configuration, data, batch size) is checked
 * before the run directory is touched, so a bad input leaves nothing behind.
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

    /**
     * Runs every epoch and returns the final manifest.
     *
     * @throws GanException for bad input, unreadable data or an unwritable directory
     * @throws GanFailure if the losses diverged and {@code failOnDivergence} is set
     */
    public Manifest execute(boolean failOnDivergence) {
        TrainingConfig config = request.config();
        Dataset dataset = Dataset.locate(request.data(), log);
        Images train = dataset.images(Split.TRAIN);
        log.info(
                "Training "
                        + config.experiment()
                        + " (seed "
                        + config.seed()
                        + ") on "
                        + train.count()
                        + " images from "
                        + dataset.directory());
        try (GanTrainer trainer = new GanTrainer(config, train)) {
            RunFiles files = request.files();
            prepare(files.directory());
            Manifest manifest =
                    new Manifest(
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
                            dataset.filesUsed(),
                            clock.instant(),
                            null,
                            0,
                            0,
                            0);
            ManifestJson.write(manifest, files.manifest());
            try {
                manifest = trainAll(config, trainer, train, files, manifest);
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
        }
    }

    private Manifest trainAll(
            TrainingConfig config,
            GanTrainer trainer,
            Images train,
            RunFiles files,
            Manifest manifest) {
        double totalSeconds = 0;
        try (CsvTable losses = new CsvTable(files.losses(), RunFiles.LOSS_COLUMNS);
                CsvTable timings = new CsvTable(files.timings(), RunFiles.TIMING_COLUMNS)) {
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                EpochResult result = trainer.trainEpoch(epoch);
                totalSeconds += result.seconds();
                losses.append(
                        List.of(
                                epoch,
                                result.learningRateG(),
                                result.learningRateD(),
                                result.lossG(),
                                result.lossD(),
                                result.dReal(),
                                result.dFake()));
                timings.append(List.of(epoch, result.seconds(), result.imagesPerSecond()));
                manifest = manifest.withProgress(epoch, totalSeconds / epoch);
                log.info(EpochLine.format(result, config.epochs(), totalSeconds / epoch));
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
            }
        }
        write(files.generatorParameters(), trainer.generatorParameters());
        write(files.discriminatorParameters(), trainer.discriminatorParameters());
        return manifest.ended(RunStatus.FINISHED, clock.instant(), 0);
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
            throw new GanException(
                    "Cannot write the run directory "
                            + directory
                            + " (gan.outputDirectory = "
                            + request.outputDirectory()
                            + "): "
                            + e
                            + ". Choose a writable directory with -Dgan.outputDirectory=<path>.",
                    e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new GanException("Cannot write " + file + ": " + e, e);
        }
    }
}
