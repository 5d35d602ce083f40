package io.github.gandjl.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.github.gandjl.train.EngineSetup;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written backward passes agree with DJL's autograd on the same computation. */
class HandWrittenGradientsTest {

    private static Engine engine;
    private static NDManager manager;

    @BeforeAll
    static void start() {
        engine = EngineSetup.start(1);
        manager = engine.newBaseManager();
        EngineSetup.seed(engine, 7);
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    @Test
    void discriminatorGradientsMatchAutograd() {
        Discriminator d = new Discriminator(Mlp.initialised(manager, List.of(12, 8, 5, 1), 0.5f));
        NDArray images = manager.randomNormal(new Shape(6, 12));
        NDArray targets = manager.randomUniform(0f, 1f, new Shape(6, 1));

        Discriminator.Scored scored = d.score(images, targets);
        NDList mine = d.backward(scored, true).parameters();

        NDList params = d.network().parameters();
        NDArray loss;
        try (GradientCollector collector = engine.newGradientCollector()) {
            params.forEach(p -> p.setRequiresGradient(true));
            NDArray p = d.network().forward(images).logits().getNDArrayInternal().sigmoid();
            loss = referenceBce(p, targets);
            collector.backward(loss);
        }
        assertEquals(loss.getFloat(), scored.lossSum().getFloat(), 1e-4f);
        for (int i = 0; i < params.size(); i++) {
            assertArrayEquals(
                    params.get(i).getGradient().toFloatArray(),
                    mine.get(i).toFloatArray(),
                    1e-5f,
                    "parameter " + i);
        }
        params.forEach(p -> p.setRequiresGradient(false));
    }

    @Test
    void generatorGradientsThroughTheDiscriminatorMatchAutograd() {
        Generator g = new Generator(Mlp.initialised(manager, List.of(4, 7, 12), 0.5f));
        Discriminator d = new Discriminator(Mlp.initialised(manager, List.of(12, 6, 1), 0.5f));
        NDArray latent = manager.randomNormal(new Shape(5, 4));
        NDArray targets = manager.randomUniform(0.9f, 1f, new Shape(5, 1));

        Generator.Output out = g.forward(latent);
        Discriminator.Scored scored = d.score(out.images(), targets);
        NDArray dImages = d.backward(scored, false).input();
        NDList mine = g.backward(out, dImages).parameters();

        NDList params = g.network().parameters();
        try (GradientCollector collector = engine.newGradientCollector()) {
            params.forEach(p -> p.setRequiresGradient(true));
            NDArray images = g.network().forward(latent).logits().tanh();
            NDArray p = d.network().forward(images).logits().getNDArrayInternal().sigmoid();
            collector.backward(referenceBce(p, targets));
        }
        for (int i = 0; i < params.size(); i++) {
            assertArrayEquals(
                    params.get(i).getGradient().toFloatArray(),
                    mine.get(i).toFloatArray(),
                    1e-5f,
                    "parameter " + i);
        }
        params.forEach(p -> p.setRequiresGradient(false));
    }

    /** PyTorch's BCELoss on probabilities, summed: the reference's formula. */
    private static NDArray referenceBce(NDArray p, NDArray y) {
        NDArray one = p.onesLike();
        return y.mul(p.log()).add(one.sub(y).mul(one.sub(p).log())).neg().sum();
    }
}
