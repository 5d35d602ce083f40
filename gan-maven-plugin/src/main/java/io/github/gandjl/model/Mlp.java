package io.github.gandjl.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import java.util.Arrays;
import java.util.List;

/**
 * A fully connected network: linear layers with ReLU between them and a linear output (the caller
 * applies its head, tanh for the generator, sigmoid for the discriminator).
 *
 * <p>Gradients are written out by hand rather than taken from DJL's autograd: the recipe needs only
 * linear layers and ReLU, whose derivatives are a few matrix products, and this avoids recording a
 * graph on every step. Weights are stored as {@code (out, in)}, as in PyTorch's {@code nn.Linear}.
 *
 * <p>The parameter arrays live in the manager the network was made with; arrays computed by {@link
 * #forward} and {@link #backward} live in the manager of the input, which is the caller's per-step
 * manager.
 */
public final class Mlp {

    private final int[] sizes;
    private final NDArray[] weights;
    private final NDArray[] biases;

    private Mlp(int[] sizes, NDArray[] weights, NDArray[] biases) {
        this.sizes = sizes;
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * A new network whose weights are drawn from N(0, std) with the engine's current random stream,
     * layer by layer, and whose biases are zero.
     *
     * @param sizes input size, hidden sizes, output size
     */
    public static Mlp initialised(NDManager manager, List<Integer> sizes, float std) {
        int[] dims = sizes.stream().mapToInt(Integer::intValue).toArray();
        int layers = dims.length - 1;
        NDArray[] weights = new NDArray[layers];
        NDArray[] biases = new NDArray[layers];
        for (int l = 0; l < layers; l++) {
            weights[l] =
                    manager.randomNormal(
                            0f, std, new Shape(dims[l + 1], dims[l]), DataType.FLOAT32);
            biases[l] = manager.zeros(new Shape(dims[l + 1]), DataType.FLOAT32);
        }
        return new Mlp(dims, weights, biases);
    }

    /**
     * A network restored from {@link #parameters()}.
     *
     * @throws IllegalArgumentException if the arrays do not fit the sizes
     */
    public static Mlp fromParameters(List<Integer> sizes, NDList parameters) {
        int[] dims = sizes.stream().mapToInt(Integer::intValue).toArray();
        int layers = dims.length - 1;
        if (parameters.size() != 2 * layers) {
            throw new IllegalArgumentException(
                    "expected " + 2 * layers + " parameter arrays, found " + parameters.size());
        }
        NDArray[] weights = new NDArray[layers];
        NDArray[] biases = new NDArray[layers];
        for (int l = 0; l < layers; l++) {
            weights[l] = expect(parameters.get(2 * l), new Shape(dims[l + 1], dims[l]));
            biases[l] = expect(parameters.get(2 * l + 1), new Shape(dims[l + 1]));
        }
        return new Mlp(dims, weights, biases);
    }

    private static NDArray expect(NDArray array, Shape shape) {
        if (!array.getShape().equals(shape) || array.getDataType() != DataType.FLOAT32) {
            throw new IllegalArgumentException(
                    "expected a float32 array of shape "
                            + shape
                            + ", found "
                            + array.getDataType()
                            + " "
                            + array.getShape());
        }
        return array;
    }

    /** Weights and biases, layer by layer: {@code w0, b0, w1, b1, ...}, named for saving. */
    public NDList parameters() {
        NDList list = new NDList(2 * weights.length);
        for (int l = 0; l < weights.length; l++) {
            weights[l].setName("layer" + l + ".weight");
            biases[l].setName("layer" + l + ".bias");
            list.add(weights[l]);
            list.add(biases[l]);
        }
        return list;
    }

    public int[] sizes() {
        return Arrays.copyOf(sizes, sizes.length);
    }

    /** Runs the network, keeping what {@link #backward} needs. */
    public Forward forward(NDArray input) {
        int layers = weights.length;
        NDArray[] hidden = new NDArray[layers - 1];
        NDArray x = input;
        for (int l = 0; l < layers - 1; l++) {
            x = linear(x, l).getNDArrayInternal().relu();
            hidden[l] = x;
        }
        return new Forward(input, hidden, linear(x, layers - 1));
    }

    private NDArray linear(NDArray x, int layer) {
        return Linear.linear(x, weights[layer], biases[layer]).singletonOrThrow();
    }

    /**
     * Back-propagates the gradient of the loss with respect to the output logits.
     *
     * @param parameterGradients whether to compute the gradients of the weights and biases
     * @param inputGradient whether to compute the gradient with respect to the input
     */
    public Gradients backward(
            Forward forward, NDArray dLogits, boolean parameterGradients, boolean inputGradient) {
        int layers = weights.length;
        NDArray[] grads = parameterGradients ? new NDArray[2 * layers] : null;
        NDArray d = dLogits;
        for (int l = layers - 1; l >= 0; l--) {
            NDArray in = l == 0 ? forward.input() : forward.hidden()[l - 1];
            if (parameterGradients) {
                grads[2 * l] = d.transpose().matMul(in);
                grads[2 * l + 1] = d.sum(new int[] {0});
            }
            if (l > 0) {
                // ReLU passes the gradient where its output was positive.
                d = d.matMul(weights[l]).mul(in.gt(0f));
            } else if (inputGradient) {
                d = d.matMul(weights[0]);
            }
        }
        return new Gradients(
                parameterGradients ? new NDList(grads) : null, inputGradient ? d : null);
    }

    /** What a forward pass keeps for the backward pass. */
    public record Forward(NDArray input, NDArray[] hidden, NDArray logits) {}

    /**
     * Gradients of one backward pass.
     *
     * @param parameters in the order of {@link #parameters()}, or null if not asked for
     * @param input with respect to the input, or null if not asked for
     */
    public record Gradients(NDList parameters, NDArray input) {}
}
