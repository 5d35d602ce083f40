package io.github.gandjl.model;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores images as real (1) or fake (0): an {@link Mlp} whose sigmoid head is fused with the binary
 * cross-entropy loss, so that loss and gradient are computed from the logits, where they are
 * numerically stable.
 */
public final class Discriminator {

    private final Mlp network;

    public Discriminator(Mlp network) {
        this.network = network;
    }

    /** Layer sizes: image, hidden..., 1. */
    public static List<Integer> sizes(int imageSize, List<Integer> hidden) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(imageSize);
        sizes.addAll(hidden);
        sizes.add(1);
        return sizes;
    }

    public Mlp network() {
        return network;
    }

    /**
     * Scores a batch against target labels.
     *
     * @param images {@code (n, imageSize)}
     * @param targets {@code (n, 1)}, the (noisy) labels
     */
    public Scored score(NDArray images, NDArray targets) {
        Mlp.Forward forward = network.forward(images);
        NDArray logits = forward.logits();
        NDArray probabilities = logits.getNDArrayInternal().sigmoid();
        return new Scored(forward, probabilities, targets, Bce.sum(logits, targets));
    }

    /**
     * Back-propagates the summed BCE loss of a scored batch.
     *
     * @param parameterGradients whether the weights' gradients are wanted (the discriminator's
     *     step) or only the input's (the generator's step)
     */
    public Mlp.Gradients backward(Scored scored, boolean parameterGradients) {
        // d/dz of BCE(sigmoid(z), y) is sigmoid(z) - y.
        NDArray dLogits = scored.probabilities().sub(scored.targets());
        return network.backward(scored.forward(), dLogits, parameterGradients, !parameterGradients);
    }

    /**
     * A scored batch.
     *
     * @param lossSum the BCE loss summed over the batch, a scalar
     */
    public record Scored(
            Mlp.Forward forward, NDArray probabilities, NDArray targets, NDArray lossSum) {}
}
