package io.github.gandjl.train;

/**
 * What one epoch measured.
 *
 * @param epoch 1-based
 * @param learningRateG the generator's learning rate during the epoch
 * @param learningRateD the discriminator's learning rate during the epoch
 * @param lossG mean generator loss over the epoch's steps
 * @param lossD mean discriminator loss (real part plus fake part) over the epoch's steps
 * @param dReal mean D(x) on real batches, before the discriminator's update
 * @param dFake mean D(G(z)) on fake batches, before the discriminator's update
 * @param seconds wall-clock time of the epoch
 * @param images training images seen in the epoch
 */
public record EpochResult(
        int epoch,
        double learningRateG,
        double learningRateD,
        double lossG,
        double lossD,
        double dReal,
        double dFake,
        double seconds,
        int images) {

    public double imagesPerSecond() {
        return seconds > 0 ? images / seconds : 0;
    }

    /** Whether either loss is NaN or infinite. */
    public boolean diverged() {
        return !Double.isFinite(lossG) || !Double.isFinite(lossD);
    }
}
