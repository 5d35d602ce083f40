package io.github.gandjl.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;

/**
 * Adam's moments and step count for one network, updated with the engine's fused Adam kernel.
 *
 * <p>DJL's built-in {@code Adam} optimiser hides its state; keeping the moments here lets a
 * checkpoint save them and a resumed run continue exactly. The update matches {@code
 * torch.optim.Adam}: DJL's kernel computes {@code w -= lr' m / (sqrt(v) + eps')} with {@code lr' =
 * lr sqrt(1 - b2^t) / (1 - b1^t)}; passing {@code eps' = eps sqrt(1 - b2^t)} makes that equal to
 * PyTorch's {@code w -= lr / (1 - b1^t) m / (sqrt(v / (1 - b2^t)) + eps)}.
 */
public final class AdamState {

    static final double EPSILON = 1e-8;

    private final NDArray[] means;
    private final NDArray[] variances;
    private final float beta1;
    private final float beta2;
    private long step;

    /** Zero moments shaped like the parameters, in the given long-lived manager. */
    public AdamState(NDManager manager, NDList parameters, double beta1, double beta2) {
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        means = new NDArray[parameters.size()];
        variances = new NDArray[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            means[i] = manager.zeros(parameters.get(i).getShape());
            variances[i] = manager.zeros(parameters.get(i).getShape());
        }
    }

    /** The number of updates made so far. */
    public long step() {
        return step;
    }

    /** The moment arrays, means then variances, for a checkpoint. */
    NDList moments() {
        NDList list = new NDList(2 * means.length);
        list.addAll(Arrays.asList(means));
        list.addAll(Arrays.asList(variances));
        return list;
    }

    /** Continues counting from a checkpoint's step; the moments are restored in place. */
    void resumeAt(long savedStep) {
        step = savedStep;
    }

    /**
     * One Adam step on every parameter, in place.
     *
     * @param gradientScale multiplies the gradients first (1 / batch size turns a summed loss's
     *     gradient into a mean loss's)
     */
    public void update(
            NDList parameters, NDList gradients, double learningRate, float gradientScale) {
        step++;
        double correction1 = 1 - Math.pow(beta1, step);
        double correction2 = 1 - Math.pow(beta2, step);
        float lr = (float) learningRate;
        float correctedLr = (float) (learningRate * Math.sqrt(correction2) / correction1);
        float epsilon = (float) (EPSILON * Math.sqrt(correction2));
        for (int i = 0; i < parameters.size(); i++) {
            NDArray weight = parameters.get(i);
            weight.getNDArrayInternal()
                    .adamUpdate(
                            new NDList(weight, gradients.get(i), means[i], variances[i]),
                            new NDList(weight),
                            lr,
                            correctedLr,
                            0f,
                            gradientScale,
                            -1f,
                            beta1,
                            beta2,
                            epsilon,
                            false,
                            false);
        }
    }
}
