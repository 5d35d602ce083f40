package io.github.gandjl.metrics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/**
 * The evaluator's architecture, written once as a function of its parameters so that training and
 * evaluation run the same layers (they differ only in how the pooling is computed, with equal
 * values): conv(1->16, 3x3, pad 1) ReLU maxpool 2, conv(16->32, 3x3, pad 1) ReLU maxpool 2,
 * fc(1568->64) ReLU (the features), fc(64->10) (the class logits). About 1.1 million multiply-adds
 * per 28x28 image.
 *
 * <p>Parameters in order: conv1 weight (16,1,3,3), conv1 bias, conv2 weight (32,16,3,3), conv2
 * bias, fc1 weight (64,1568), fc1 bias, fc2 weight (10,64), fc2 bias; weights shaped like
 * PyTorch's.
 */
public final class EvaluatorNetwork {

    /** A one-line description of the architecture, recorded in the descriptor. */
    public static final String ARCHITECTURE =
            "conv(1->16,3x3,pad1)+ReLU+maxpool2, conv(16->32,3x3,pad1)+ReLU+maxpool2,"
                    + " fc(1568->64)+ReLU [features], fc(64->10) [logits]; input 28x28 in [-1,1]";

    public static final int SIDE = 28;
    public static final int FEATURES = 64;
    public static final int CLASSES = 10;

    static final List<Shape> SHAPES =
            List.of(
                    new Shape(16, 1, 3, 3),
                    new Shape(16),
                    new Shape(32, 16, 3, 3),
                    new Shape(32),
                    new Shape(FEATURES, 32 * 7 * 7),
                    new Shape(FEATURES),
                    new Shape(CLASSES, FEATURES),
                    new Shape(CLASSES));

    private final NDList parameters;

    private EvaluatorNetwork(NDList parameters) {
        if (parameters.size() != SHAPES.size()) {
            throw new IllegalArgumentException(
                    "expected " + SHAPES.size() + " arrays, found " + parameters.size());
        }
        for (int i = 0; i < SHAPES.size(); i++) {
            if (!parameters.get(i).getShape().equals(SHAPES.get(i))) {
                throw new IllegalArgumentException(
                        "array "
                                + i
                                + " has shape "
                                + parameters.get(i).getShape()
                                + ", expected "
                                + SHAPES.get(i));
            }
        }
        this.parameters = parameters;
    }

    /** Wraps existing parameters, checking their shapes. */
    public static EvaluatorNetwork fromParameters(NDList parameters) {
        return new EvaluatorNetwork(parameters);
    }

    /** He-normal weights and zero biases, drawn from the engine's random stream (seed it first). */
    static EvaluatorNetwork initialised(NDManager manager) {
        NDList parameters = new NDList();
        for (int i = 0; i < SHAPES.size(); i++) {
            Shape shape = SHAPES.get(i);
            if (i % 2 == 1) {
                parameters.add(manager.zeros(shape));
            } else {
                long fanIn = shape.size() / shape.get(0);
                parameters.add(
                        manager.randomNormal(
                                0f,
                                (float) Math.sqrt(2.0 / fanIn),
                                shape,
                                ai.djl.ndarray.types.DataType.FLOAT32));
            }
        }
        return new EvaluatorNetwork(parameters);
    }

    public NDList parameters() {
        return parameters;
    }

    /** What one forward pass gives: the penultimate layer and the logits. */
    public record Output(NDArray features, NDArray logits) {}

    /**
     * The forward pass for judging images, without gradients.
     *
     * @param images (n, 784) pixels in [-1, 1], as the generator makes them
     */
    public Output forward(NDArray images) {
        return forward(images, false);
    }

    /**
     * The forward pass the shipped weights were trained with. It gives the same values as {@link
     * #forward}, but its pooling has the gradient the weights were trained with: libtorch's
     * max-pool sends a tie's gradient to the first maximum, and ReLU before pooling makes ties of
     * zeros common, so another formulation would train other weights bit for bit.
     */
    Output forwardForTraining(NDArray images) {
        return forward(images, true);
    }

    private Output forward(NDArray images, boolean training) {
        long n = images.getShape().get(0);
        NDArray x = images.reshape(n, 1, SIDE, SIDE);
        x = block(x, parameters.get(0), parameters.get(1), training);
        x = block(x, parameters.get(2), parameters.get(3), training);
        x = x.reshape(n, 32 * 7 * 7);
        NDArray features =
                Activation.relu(
                        Linear.linear(x, parameters.get(4), parameters.get(5)).singletonOrThrow());
        NDArray logits =
                Linear.linear(features, parameters.get(6), parameters.get(7)).singletonOrThrow();
        return new Output(features, logits);
    }

    private static NDArray block(NDArray x, NDArray weight, NDArray bias, boolean training) {
        NDArray conv =
                Conv2d.conv2d(x, weight, bias, new Shape(1, 1), new Shape(1, 1)).singletonOrThrow();
        if (training) {
            return Pool.maxPool2d(
                    Activation.relu(conv),
                    new Shape(2, 2),
                    new Shape(2, 2),
                    new Shape(0, 0),
                    false);
        }
        // ReLU and max commute exactly (both monotone), so pooling first gives the same values
        // with ReLU on a quarter of them; and the maximum of the four strided views of each 2x2
        // window is about seven times faster than libtorch's max_pool2d on these NCHW shapes
        // (2.1 against 14.9 ms for 500 images of 16x28x28, 2 threads), which made pooling the
        // largest part of a quality measurement.
        return Activation.relu(maxOfWindows(conv));
    }

    /** Max-pooling with 2x2 windows and stride 2 of an (n, c, h, w) array with even h and w. */
    static NDArray maxOfWindows(NDArray x) {
        Shape shape = x.getShape();
        NDArray windows =
                x.reshape(shape.get(0), shape.get(1), shape.get(2) / 2, 2, shape.get(3) / 2, 2);
        NDArray top =
                NDArrays.maximum(windows.get(":, :, :, 0, :, 0"), windows.get(":, :, :, 0, :, 1"));
        NDArray bottom =
                NDArrays.maximum(windows.get(":, :, :, 1, :, 0"), windows.get(":, :, :, 1, :, 1"));
        return NDArrays.maximum(top, bottom);
    }
}
