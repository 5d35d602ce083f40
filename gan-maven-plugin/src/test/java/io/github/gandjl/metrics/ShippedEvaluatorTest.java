package io.github.gandjl.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import io.github.gandjl.train.EngineSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator shipped in the plugin loads, is the one its descriptor names, and classifies. */
class ShippedEvaluatorTest {

    @TempDir Path cache;

    @Test
    void theWeightsMatchTheDescriptorsChecksum() throws IOException {
        EvaluatorDescriptor descriptor = Evaluator.shippedDescriptor();
        byte[] weights;
        try (InputStream in = Evaluator.class.getResourceAsStream(Evaluator.WEIGHTS_RESOURCE)) {
            weights = in.readAllBytes();
        }
        assertEquals(descriptor.weightsSha256(), Evaluator.sha256(weights));
        assertEquals(EvaluatorNetwork.ARCHITECTURE, descriptor.architecture());
        assertTrue(descriptor.testAccuracy() >= 0.90, "recorded accuracy " + descriptor);
        assertEquals(4, descriptor.dataSha256().size(), descriptor.dataSha256().toString());
    }

    @Test
    void itClassifiesTheCommittedTestSubset() {
        Dataset subset = MetricsTestData.subset(cache);
        Images test = subset.images(Split.TEST);
        byte[] labels = subset.labels(Split.TEST);
        try (Evaluator evaluator = Evaluator.loadShipped(EngineSetup.start(1))) {
            assertEquals(Evaluator.shippedDescriptor().weightsSha256(), evaluator.weightsSha256());
            double accuracy = evaluator.accuracy(test, labels);
            assertEquals(500, test.count());
            assertTrue(accuracy >= 0.85, "accuracy on the 500 committed test images: " + accuracy);
        }
    }

    @Test
    void probabilitiesAreDistributionsAndFeaturesAreReluOutputs() {
        Images test = MetricsTestData.images(cache, Split.TEST);
        try (Evaluator evaluator = Evaluator.loadShipped(EngineSetup.start(1))) {
            Evaluator.Judged judged = evaluator.judge(test);
            for (int i = 0; i < judged.count(); i++) {
                double sum = 0;
                for (int c = 0; c < EvaluatorNetwork.CLASSES; c++) {
                    sum += judged.probabilities()[i * EvaluatorNetwork.CLASSES + c];
                }
                assertEquals(1, sum, 1e-5);
            }
            for (double f : judged.features()) {
                assertTrue(f >= 0, "a ReLU output is never negative: " + f);
            }
            // Bytes and the same pixels already scaled give the same judgement.
            Evaluator.Judged again = evaluator.judge(MetricsTestData.scaled(test), test.count());
            for (int i = 0; i < judged.features().length; i++) {
                assertEquals(judged.features()[i], again.features()[i], 1e-5);
            }
        }
    }

    @Test
    void judgingLeavesNoArrayBehind() {
        Images test = MetricsTestData.images(cache, Split.TEST);
        try (Evaluator evaluator = Evaluator.loadShipped(EngineSetup.start(1))) {
            int weights = evaluator.liveArrays();
            assertEquals(EvaluatorNetwork.SHAPES.size(), weights);
            for (int i = 0; i < 3; i++) {
                evaluator.judge(test);
                evaluator.judge(MetricsTestData.scaled(test), test.count());
            }
            assertEquals(weights, evaluator.liveArrays());
        }
    }

    @Test
    void judgingGivesExactlyWhatTheTrainedNetworkComputes() throws IOException {
        Images test = MetricsTestData.images(cache, Split.TEST);
        byte[] weights;
        try (InputStream in = Evaluator.class.getResourceAsStream(Evaluator.WEIGHTS_RESOURCE)) {
            weights = in.readAllBytes();
        }
        try (NDManager manager = EngineSetup.start(1).newBaseManager()) {
            EvaluatorNetwork network =
                    EvaluatorNetwork.fromParameters(NDList.decode(manager, weights));
            NDArray images = Evaluator.scaled(manager, test.pixels(), test.count());
            EvaluatorNetwork.Output fast = network.forward(images);
            EvaluatorNetwork.Output trained = network.forwardForTraining(images);
            assertTrue(fast.features().contentEquals(trained.features()));
            assertTrue(fast.logits().contentEquals(trained.logits()));
            // Not vacuous: the first layer has windows with all four values negative and others.
            NDArray conv =
                    Conv2d.conv2d(
                                    images.reshape(test.count(), 1, 28, 28),
                                    network.parameters().get(0),
                                    network.parameters().get(1),
                                    new Shape(1, 1),
                                    new Shape(1, 1))
                            .singletonOrThrow();
            NDArray pooled = EvaluatorNetwork.maxOfWindows(conv);
            assertTrue(
                    pooled.contentEquals(
                            Pool.maxPool2d(
                                    conv,
                                    new Shape(2, 2),
                                    new Shape(2, 2),
                                    new Shape(0, 0),
                                    false)));
            assertTrue(pooled.lt(0).any().getBoolean());
            assertTrue(pooled.gt(0).any().getBoolean());
        }
    }
}
