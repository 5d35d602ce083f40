package io.github.gandjl.model;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/** Maps latent vectors to images in [-1, 1]: an {@link Mlp} with a tanh head. */
public final class Generator {

    private final Mlp network;

    public Generator(Mlp network) {
        this.network = network;
    }

    /** Layer sizes: latent, hidden..., image. */
    public static List<Integer> sizes(int latentSize, List<Integer> hidden, int imageSize) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(latentSize);
        sizes.addAll(hidden);
        sizes.add(imageSize);
        return sizes;
    }

    public Mlp network() {
        return network;
    }

    /** The forward pass; {@link Output#images()} are the tanh of the logits. */
    public Output forward(NDArray latent) {
        Mlp.Forward forward = network.forward(latent);
        return new Output(forward, forward.logits().tanh());
    }

    /**
     * The parameters' gradients, given the loss's gradient with respect to the images.
     *
     * @param dImages the gradient with respect to {@link Output#images()}; overwritten
     */
    public Mlp.Gradients backward(Output output, NDArray dImages) {
        // tanh'(x) = 1 - tanh(x)^2, computed from the images already at hand.
        NDArray slope = output.images().square().negi().addi(1f);
        return network.backward(output.forward(), dImages.muli(slope), true, false);
    }

    /** The forward pass and the images it produced. */
    public record Output(Mlp.Forward forward, NDArray images) {}
}
