package io.github.gandjl.sample;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.model.Generator;
import io.github.gandjl.model.Mlp;
import io.github.gandjl.run.Manifest;
import io.github.gandjl.run.ManifestJson;
import io.github.gandjl.run.RunFiles;
import io.github.gandjl.run.RunStatus;
import io.github.gandjl.run.SampleGrid;
import io.github.gandjl.train.Checkpoint;
import io.github.gandjl.train.CheckpointStore;
import io.github.gandjl.train.EngineSetup;
import io.github.gandjl.train.Seeds;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws images from a finished run's generator: a grid, optionally each image on its own, and
 * optionally an interpolation strip. Every latent point comes from the sample seed through {@link
 * Seeds}, as the training draws its own sample batch, so the same seed gives the same bytes; with
 * the run's seed and 16 images the grid is the training's final one.
 *
 * <p>Not thread-safe: the engine's random stream and thread count are global to the JVM.
 */
public final class Sampler {

    /** Fashion-MNIST's images. */
    static final int ROWS = 28;

    static final int COLS = 28;

    /** What was written. */
    public record Output(SampleFiles files, long sampleSeed, List<Path> written) {

        public Output {
            written = List.copyOf(written);
        }
    }

    private Sampler() {}

    public static Output sample(SampleRequest request, GanLog log) {
        RunFiles run = request.run();
        Integer epoch = request.checkpointEpoch();
        Manifest manifest = epoch == null ? finished(run) : ManifestJson.read(run.manifest());
        GeneratorSpec spec = GeneratorSpec.of(manifest, run.manifest());
        long sampleSeed = request.sampleSeed() == null ? manifest.seed() : request.sampleSeed();
        Checkpoint checkpoint = epoch == null ? null : checkpoint(run, epoch);
        byte[] parameters = epoch == null ? read(run.generatorParameters()) : null;
        Path source =
                epoch == null
                        ? run.generatorParameters()
                        : new CheckpointStore(run.checkpoints(), 1).file(epoch);
        SampleFiles files = SampleFiles.of(run, sampleSeed, epoch);
        List<Path> written = new ArrayList<>();

        Engine engine = EngineSetup.start(spec.threads());
        try (NDManager manager = engine.newBaseManager()) {
            Generator generator =
                    checkpoint == null
                            ? generator(manager, parameters, spec, source)
                            : generator(checkpoint, manager, spec, source);

            EngineSetup.seed(engine, Seeds.derive(sampleSeed, Seeds.Stream.SAMPLE_LATENT, 0));
            float[] latent =
                    manager.randomNormal(new Shape(request.count(), spec.latentSize()))
                            .toFloatArray();
            float[] images = generate(manager, generator, latent, request.count(), spec);
            write(
                    files.grid(),
                    SampleGrid.png(images, request.count(), ROWS, COLS, columns(request.count())),
                    written);
            if (request.singleImages()) {
                clearImages(files.images());
                int size = ROWS * COLS;
                for (int n = 0; n < request.count(); n++) {
                    float[] one = new float[size];
                    System.arraycopy(images, n * size, one, 0, size);
                    write(files.image(n + 1), SampleGrid.single(one, ROWS, COLS), written);
                }
            }
            if (request.interpolate()) {
                // A stream of its own, so the strip does not change with the grid's size.
                EngineSetup.seed(engine, Seeds.derive(sampleSeed, Seeds.Stream.SAMPLE_LATENT, 1));
                float[] ends = manager.randomNormal(new Shape(2, spec.latentSize())).toFloatArray();
                int size = spec.latentSize();
                float[] from = new float[size];
                float[] to = new float[size];
                System.arraycopy(ends, 0, from, 0, size);
                System.arraycopy(ends, size, to, 0, size);
                int steps = request.interpolationSteps();
                float[] strip =
                        generate(
                                manager,
                                generator,
                                LatentPath.linear(from, to, steps),
                                steps,
                                spec);
                write(
                        files.interpolation(),
                        SampleGrid.png(strip, steps, ROWS, COLS, steps),
                        written);
            }
        }
        log.info(
                "Sampled "
                        + request.count()
                        + " images from "
                        + source
                        + " with seed "
                        + sampleSeed
                        + (request.interpolate()
                                ? " and a " + request.interpolationSteps() + "-step interpolation"
                                : "")
                        + " into "
                        + files.directory());
        return new Output(files, sampleSeed, written);
    }

    /** Columns of the grid: {@code ceil(sqrt(count))}, so a square count gives a square grid. */
    public static int columns(int count) {
        int c = (int) Math.ceil(Math.sqrt(count));
        while (c * c < count) {
            c++;
        }
        while (c > 1 && (c - 1) * (c - 1) >= count) {
            c--;
        }
        return c;
    }

    private static Manifest finished(RunFiles run) {
        if (!Files.isDirectory(run.directory())) {
            throw new GanException(
                    "There is no run at "
                            + run.directory()
                            + " to sample from. Train it first with gan:train (or set"
                            + " gan.outputDirectory and gan.seed to where the run is).");
        }
        Manifest manifest = ManifestJson.read(run.manifest());
        if (manifest.status() != RunStatus.FINISHED) {
            throw new GanException(
                    "The run "
                            + run.directory()
                            + " cannot be sampled: its manifest says it is "
                            + manifest.status().id()
                            + ", and only a finished run has saved its final generator. Train it"
                            + " again with gan:train and let it finish.");
        }
        return manifest;
    }

    private static Checkpoint checkpoint(RunFiles run, int epoch) {
        if (!Files.isDirectory(run.directory())) {
            throw new GanException("There is no run at " + run.directory() + " to sample from.");
        }
        return new CheckpointStore(run.checkpoints(), 1).load(epoch);
    }

    private static Generator generator(
            Checkpoint checkpoint, NDManager manager, GeneratorSpec spec, Path file) {
        int layers = spec.hiddenLayers().size() + 1;
        NDList arrays;
        try {
            arrays = checkpoint.generatorParameters(manager, layers);
        } catch (RuntimeException e) {
            throw new GanException(
                    "The checkpoint " + file + " cannot be decoded (" + e.getMessage() + ").", e);
        }
        return fitted(arrays, spec, file);
    }

    private static Generator generator(
            NDManager manager, byte[] parameters, GeneratorSpec spec, Path file) {
        List<Integer> sizes = Generator.sizes(spec.latentSize(), spec.hiddenLayers(), ROWS * COLS);
        NDList arrays;
        try {
            arrays = NDList.decode(manager, parameters);
        } catch (RuntimeException e) {
            throw new GanException(
                    "The generator parameters "
                            + file
                            + " cannot be decoded ("
                            + e.getMessage()
                            + "): the file is damaged. Train the run again with gan:train.",
                    e);
        }
        return fitted(arrays, spec, file);
    }

    private static Generator fitted(NDList arrays, GeneratorSpec spec, Path file) {
        List<Integer> sizes = Generator.sizes(spec.latentSize(), spec.hiddenLayers(), ROWS * COLS);
        try {
            return new Generator(Mlp.fromParameters(sizes, arrays));
        } catch (IllegalArgumentException e) {
            throw new GanException(
                    "The generator parameters "
                            + file
                            + " do not fit the layer sizes "
                            + sizes
                            + " of the run's configuration (latentSize "
                            + spec.latentSize()
                            + ", generatorLayers "
                            + spec.hiddenLayers()
                            + "): "
                            + e.getMessage()
                            + ".",
                    e);
        }
    }

    private static float[] generate(
            NDManager manager, Generator generator, float[] latent, int count, GeneratorSpec spec) {
        try (NDManager scratch = manager.newSubManager()) {
            return generator
                    .forward(scratch.create(latent, new Shape(count, spec.latentSize())))
                    .images()
                    .toFloatArray();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GanException(
                    "The generator parameters "
                            + file
                            + " do not exist, though the run finished: the run directory is"
                            + " damaged. Train it again with gan:train.",
                    e);
        } catch (IOException e) {
            throw new GanException("Cannot read the generator parameters " + file + ": " + e, e);
        }
    }

    /** Removes earlier single images, so the directory holds only this request's. */
    private static void clearImages(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, "image-*.png")) {
            for (Path file : old) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new GanException("Cannot clear " + directory + ": " + e, e);
        }
    }

    private static void write(Path file, byte[] content, List<Path> written) {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new GanException("Cannot write " + file + ": " + e, e);
        }
        written.add(file);
    }
}
