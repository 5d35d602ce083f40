package io.github.gandjl.metrics;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.data.DataFile;
import io.github.gandjl.data.DataOptions;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import io.github.gandjl.train.AdamState;
import io.github.gandjl.train.EngineSetup;
import io.github.gandjl.train.Seeds;
import io.github.gandjl.train.Shuffle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trains the evaluator once, on the full Fashion-MNIST training set, and writes {@code
 * evaluator.params} and {@code evaluator.json} for the plugin to ship. Not part of any build: run
 * it by hand when the evaluator must change (see the README for the command). Same seed, data and
 * thread count on the same machine give the same bytes.
 *
 * <p>Arguments: {@code [dataDirectory] [outputDirectory] [epochs] [threads]}; defaults {@code
 * /usr/share/datasets/fashion-mnist}, {@code
 * gan-maven-plugin/src/main/resources/io/github/gandjl/metrics}, 5, 2.
 */
public final class EvaluatorTraining {

    static final long SEED = 20240917L;
    static final int BATCH = 100;
    static final double LEARNING_RATE = 1e-3;

    private EvaluatorTraining() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        Path output =
                Path.of(
                        args.length > 1
                                ? args[1]
                                : "gan-maven-plugin/src/main/resources/io/github/gandjl/metrics");
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        long start = System.nanoTime();

        Dataset dataset =
                Dataset.locate(
                        DataOptions.defaults(data, Path.of("data/fashion-mnist")), GanLog.silent());
        Images train = dataset.images(Split.TRAIN);
        byte[] trainLabels = dataset.labels(Split.TRAIN);
        Images test = dataset.images(Split.TEST);
        byte[] testLabels = dataset.labels(Split.TEST);

        Engine engine = EngineSetup.start(threads);
        try (NDManager manager = engine.newBaseManager()) {
            EngineSetup.seed(engine, SEED);
            EvaluatorNetwork network = EvaluatorNetwork.initialised(manager);
            for (NDArray parameter : network.parameters()) {
                parameter.setRequiresGradient(true);
            }
            AdamState adam = new AdamState(manager, network.parameters(), 0.9, 0.999);
            NDArray images = Evaluator.scaled(manager, train.pixels(), train.count());
            NDArray labels = manager.create(trainLabels).toType(DataType.INT32, false);
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long[] order =
                        Shuffle.permutation(
                                train.count(),
                                Seeds.derive(SEED, Seeds.Stream.EVALUATOR_SHUFFLE, epoch));
                double lossSum = 0;
                for (int from = 0; from < train.count(); from += BATCH) {
                    try (NDManager step = manager.newSubManager()) {
                        long[] index = new long[Math.min(BATCH, train.count() - from)];
                        System.arraycopy(order, from, index, 0, index.length);
                        NDArray picked = step.create(index);
                        NDArray x = images.get(step, new NDIndex("{}", picked));
                        NDArray y = labels.get(step, new NDIndex("{}", picked));
                        try (GradientCollector collector = engine.newGradientCollector()) {
                            NDArray logits = network.forwardForTraining(x).logits();
                            NDArray loss =
                                    logits.logSoftmax(1)
                                            .mul(y.oneHot(EvaluatorNetwork.CLASSES))
                                            .sum()
                                            .neg()
                                            .div(index.length);
                            collector.backward(loss);
                            lossSum += loss.getFloat();
                        }
                        NDList gradients = new NDList();
                        for (NDArray parameter : network.parameters()) {
                            gradients.add(parameter.getGradient());
                        }
                        adam.update(network.parameters(), gradients, LEARNING_RATE, 1f);
                    }
                }
                System.out.printf(
                        "epoch %d: mean loss %.4f, %.0f s so far%n",
                        epoch,
                        lossSum / (train.count() / BATCH),
                        (System.nanoTime() - start) / 1e9);
            }
            for (NDArray parameter : network.parameters()) {
                parameter.setRequiresGradient(false);
            }
            byte[] weights = network.parameters().encode();
            Evaluator evaluator = Evaluator.of(network, "unsaved");
            double accuracy = evaluator.accuracy(test, testLabels);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("test accuracy %.4f after %.0f s%n", accuracy, seconds);

            Map<String, String> sums = new LinkedHashMap<>();
            for (DataFile file : dataset.filesUsed()) {
                sums.put(file.name(), file.sha256());
            }
            EvaluatorDescriptor descriptor =
                    new EvaluatorDescriptor(
                            EvaluatorNetwork.ARCHITECTURE,
                            SEED,
                            epochs,
                            BATCH,
                            LEARNING_RATE,
                            threads,
                            sums,
                            accuracy,
                            Evaluator.sha256(weights),
                            "java -cp <class path> "
                                    + EvaluatorTraining.class.getName()
                                    + " "
                                    + data
                                    + " <output> "
                                    + epochs
                                    + " "
                                    + threads,
                            Math.round(seconds));
            Files.createDirectories(output);
            Files.write(output.resolve(Evaluator.WEIGHTS_RESOURCE), weights);
            Files.writeString(
                    output.resolve(Evaluator.DESCRIPTOR_RESOURCE),
                    descriptor.toJson(),
                    StandardCharsets.UTF_8);
            System.out.println("wrote " + output.toAbsolutePath());
        }
    }
}
