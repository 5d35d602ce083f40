package io.github.gandjl.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * The state of training after an epoch: with the experiment seed (from which every random stream of
 * the following epochs is derived) it is all that a resumed run needs to continue exactly. The
 * learning-rate schedule is a function of the epoch and needs no state of its own.
 *
 * @param epoch the last epoch trained
 * @param stepG Adam steps taken by the generator's optimiser
 * @param stepD Adam steps taken by the discriminator's optimiser
 * @param arrays in DJL's NDList encoding: the generator's parameters, the discriminator's, then the
 *     generator's Adam moments and the discriminator's
 */
public record Checkpoint(int epoch, long stepG, long stepD, byte[] arrays) {

    /**
     * The generator's parameters alone, decoded into {@code manager}, as {@code Mlp.parameters()}
     * lists them.
     *
     * @param layers the generator's number of linear layers
     */
    public NDList generatorParameters(NDManager manager, int layers) {
        NDList all = NDList.decode(manager, arrays);
        if (all.size() < 2 * layers) {
            throw new IllegalArgumentException(
                    "expected at least " + 2 * layers + " arrays, found " + all.size());
        }
        return all.subNDList(0, 2 * layers);
    }
}
