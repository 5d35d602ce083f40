package io.github.gandjl.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.gandjl.config.ConfigException;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.Images;
import io.github.gandjl.model.Discriminator;
import io.github.gandjl.model.Generator;
import io.github.gandjl.model.Mlp;
import java.nio.ByteBuffer;

/**
 * Trains the recipe's generator and discriminator one epoch at a time.
 *
 * <p>Native memory: the networks, Adam's moments and the training images live in this trainer's
 * manager for its whole life; each epoch opens a sub-manager for its shuffled order of the images
 * and its running totals, and each step a sub-manager of that for everything the step computes,
 * closed when the step ends. Losses are summed on the engine and read once per epoch.
 */
public final class GanTrainer implements AutoCloseable {

    /** The sample grid is 4 x 4. */
    public static final int SAMPLE_COUNT = 16;

    private final TrainingConfig config;
    private final Engine engine;
    private final NDManager manager;
    private final NDArray images;
    private final int imageCount;
    private final Generator generator;
    private final Discriminator discriminator;
    private final AdamState adamG;
    private final AdamState adamD;
    private final float[] sampleLatent;

    /**
     * Starts the engine and initialises both networks from the experiment seed.
     *
     * @throws ConfigException if the batch is larger than the training set
     */
    public GanTrainer(TrainingConfig config, Images train) {
        if (config.batchSize() > train.count()) {
            throw new ConfigException(
                    "batchSize",
                    config.batchSize(),
                    "it must not exceed the number of training images, " + train.count() + ".");
        }
        this.config = config;
        this.imageCount = train.count();
        this.engine = EngineSetup.start(config.threads());
        this.manager = engine.newBaseManager();
        this.images = scaledToUnitRange(train);
        int imageSize = train.rows() * train.cols();

        EngineSetup.seed(engine, Seeds.derive(config.seed(), Seeds.Stream.WEIGHT_INIT, 0));
        float std = (float) config.weightInitStd();
        generator =
                new Generator(
                        Mlp.initialised(
                                manager,
                                Generator.sizes(
                                        config.latentSize(), config.generatorLayers(), imageSize),
                                std));
        discriminator =
                new Discriminator(
                        Mlp.initialised(
                                manager,
                                Discriminator.sizes(imageSize, config.discriminatorLayers()),
                                std));
        adamG =
                new AdamState(
                        manager, generator.network().parameters(), config.beta1(), config.beta2());
        adamD =
                new AdamState(
                        manager,
                        discriminator.network().parameters(),
                        config.beta1(),
                        config.beta2());

        EngineSetup.seed(engine, Seeds.derive(config.seed(), Seeds.Stream.SAMPLE_LATENT, 0));
        try (NDManager scratch = manager.newSubManager()) {
            sampleLatent =
                    scratch.randomNormal(new Shape(SAMPLE_COUNT, config.latentSize()))
                            .toFloatArray();
        }
    }

    /** Pixels in [-1, 1], computed as the reference does: {@code x / 127.5 - 1}. */
    private NDArray scaledToUnitRange(Images train) {
        Shape shape = new Shape(train.count(), (long) train.rows() * train.cols());
        try (NDManager scratch = manager.newSubManager()) {
            NDArray raw = scratch.create(ByteBuffer.wrap(train.pixels()), shape, DataType.UINT8);
            NDArray scaled = raw.toType(DataType.FLOAT32, false).divi(127.5f).subi(1f);
            scaled.attach(manager);
            return scaled;
        }
    }

    /** Trains one epoch (1-based) and returns what it measured. */
    public EpochResult trainEpoch(int epoch) {
        long start = System.nanoTime();
        double learningRate = config.learningRateAt(epoch);
        int batchSize = config.batchSize();
        EngineSetup.seed(engine, Seeds.derive(config.seed(), Seeds.Stream.EPOCH_NOISE, epoch));
        long[] order =
                Shuffle.permutation(
                        imageCount, Seeds.derive(config.seed(), Seeds.Stream.EPOCH_SHUFFLE, epoch));
        int steps = 0;
        double[] totals;
        try (NDManager epochManager = manager.newSubManager()) {
            // Each step gathers its own rows: a shuffled copy of the whole set would be 188 MB
            // written (and page-faulted in) every epoch for the full Fashion-MNIST.
            NDArray shuffledIndices = epochManager.create(order);
            NDArray sums = epochManager.zeros(new Shape(4), DataType.FLOAT64);
            for (int from = 0; from < imageCount; from += batchSize) {
                int to = Math.min(imageCount, from + batchSize);
                try (NDManager stepManager = epochManager.newSubManager()) {
                    NDArray rows = shuffledIndices.get(stepManager, new NDIndex(from + ":" + to));
                    NDArray real = images.get(stepManager, new NDIndex("{}", rows));
                    sums.addi(step(stepManager, real, learningRate));
                }
                steps++;
            }
            totals = sums.toDoubleArray();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new EpochResult(
                epoch,
                learningRate,
                learningRate,
                totals[0] / steps,
                totals[1] / steps,
                totals[2] / steps,
                totals[3] / steps,
                seconds,
                imageCount);
    }

    /**
     * One step of the recipe: the discriminator learns from the real batch and the detached fake
     * batch, then the generator learns through the just-updated discriminator on that same fake
     * batch, with the real labels as its targets.
     *
     * @return this step's generator loss, discriminator loss, mean D(x) and mean D(G(z)), as a
     *     float64 array of 4 in the step's manager
     */
    private NDArray step(NDManager stepManager, NDArray real, double learningRate) {
        int batch = (int) real.getShape().get(0);
        Shape labelShape = new Shape(batch, 1);
        NDArray realLabels =
                stepManager.randomUniform(
                        (float) config.realLabels().min(),
                        (float) config.realLabels().max(),
                        labelShape);
        NDArray fakeLabels =
                stepManager.randomUniform(
                        (float) config.fakeLabels().min(),
                        (float) config.fakeLabels().max(),
                        labelShape);
        NDArray latent = stepManager.randomNormal(new Shape(batch, config.latentSize()));
        Generator.Output fake = generator.forward(latent);
        float perImage = 1f / batch;

        // Real and fake rows in one pass: the loss is the sum of the two halves' means.
        Discriminator.Scored dScore =
                discriminator.score(
                        NDArrays.concat(new NDList(real, fake.images())),
                        NDArrays.concat(new NDList(realLabels, fakeLabels)));
        adamD.update(
                discriminator.network().parameters(),
                discriminator.backward(dScore, true).parameters(),
                learningRate,
                perImage);

        Discriminator.Scored gScore = discriminator.score(fake.images(), realLabels);
        NDArray dImages = discriminator.backward(gScore, false).input();
        adamG.update(
                generator.network().parameters(),
                generator.backward(fake, dImages).parameters(),
                learningRate,
                perImage);

        NDArray losses =
                NDArrays.concat(
                        new NDList(gScore.lossSum().reshape(1), dScore.lossSum().reshape(1)));
        NDArray meanScores = dScore.probabilities().reshape(2, batch).mean(new int[] {1});
        return NDArrays.concat(new NDList(losses.muli(perImage), meanScores))
                .toType(DataType.FLOAT64, false);
    }

    /**
     * The generator's images for the fixed latent batch: {@value #SAMPLE_COUNT} images of the
     * training images' size, pixels in [-1, 1]. The same latent batch every time, so that grids
     * compare across epochs.
     */
    public float[] samples() {
        try (NDManager scratch = manager.newSubManager()) {
            NDArray latent =
                    scratch.create(sampleLatent, new Shape(SAMPLE_COUNT, config.latentSize()));
            return generator.forward(latent).images().toFloatArray();
        }
    }

    /**
     * The generator's images for given latent vectors, computed in a sub-manager closed before
     * returning: {@code count} images of the training images' size, pixels in [-1, 1].
     *
     * @param latent {@code count} rows of {@code latentSize} values, row-major
     */
    public float[] generate(float[] latent, int count) {
        try (NDManager scratch = manager.newSubManager()) {
            NDArray z = scratch.create(latent, new Shape(count, config.latentSize()));
            return generator.forward(z).images().toFloatArray();
        }
    }

    /** The generator's parameters in DJL's NDList encoding. */
    public byte[] generatorParameters() {
        return generator.network().parameters().encode();
    }

    /** The discriminator's parameters in DJL's NDList encoding. */
    public byte[] discriminatorParameters() {
        return discriminator.network().parameters().encode();
    }

    /** Everything an exact resume needs, taken after the given epoch. */
    public Checkpoint checkpoint(int epoch) {
        return new Checkpoint(epoch, adamG.step(), adamD.step(), liveState().encode());
    }

    /**
     * Continues from a checkpoint: the next epoch to train is {@code checkpoint.epoch() + 1}.
     *
     * @throws IllegalArgumentException if the checkpoint's arrays do not fit these networks
     */
    public void restore(Checkpoint checkpoint) {
        NDList live = liveState();
        try (NDManager scratch = manager.newSubManager()) {
            NDList saved = NDList.decode(scratch, checkpoint.arrays());
            if (saved.size() != live.size()) {
                throw new IllegalArgumentException(
                        "expected " + live.size() + " arrays, found " + saved.size());
            }
            for (int i = 0; i < live.size(); i++) {
                if (!saved.get(i).getShape().equals(live.get(i).getShape())) {
                    throw new IllegalArgumentException(
                            "array "
                                    + i
                                    + " has shape "
                                    + saved.get(i).getShape()
                                    + ", expected "
                                    + live.get(i).getShape());
                }
                saved.get(i).copyTo(live.get(i));
            }
        }
        adamG.resumeAt(checkpoint.stepG());
        adamD.resumeAt(checkpoint.stepD());
    }

    /** Parameters and Adam moments of both networks, in a fixed order. */
    private NDList liveState() {
        NDList state = new NDList();
        state.addAll(generator.network().parameters());
        state.addAll(discriminator.network().parameters());
        state.addAll(adamG.moments());
        state.addAll(adamD.moments());
        return state;
    }

    /** How many arrays the long-lived manager holds; constant while training if nothing leaks. */
    int liveArrays() {
        return manager.getManagedArrays().size();
    }

    @Override
    public void close() {
        manager.close();
    }
}
