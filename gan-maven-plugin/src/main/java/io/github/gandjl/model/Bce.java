package io.github.gandjl.model;

import ai.djl.ndarray.NDArray;

/** Binary cross-entropy computed from logits. */
final class Bce {

    private Bce() {}

    /**
     * The sum over a batch of {@code -(y log sigmoid(z) + (1 - y) log(1 - sigmoid(z)))}, in the
     * stable form {@code max(z, 0) - z y + log(1 + exp(-|z|))}, which PyTorch's {@code
     * BCEWithLogitsLoss} also uses.
     */
    static NDArray sum(NDArray logits, NDArray targets) {
        NDArray softplus = logits.abs().negi().exp().addi(1f).log();
        return logits.getNDArrayInternal().relu().subi(logits.mul(targets)).addi(softplus).sum();
    }
}
