package io.github.gandjl.run;

/**
 * One row of {@code losses.csv}: the means over an epoch's steps.
 *
 * @param learningRateG the generator's learning rate during the epoch
 * @param learningRateD the discriminator's learning rate during the epoch
 * @param dReal mean D(x) on real images
 * @param dFake mean D(G(z)) on generated images
 * @param quality the epoch's quality columns, or null when it was not measured
 */
public record EpochLosses(
        int epoch,
        double learningRateG,
        double learningRateD,
        double lossG,
        double lossD,
        double dReal,
        double dFake,
        EpochQuality quality) {

    /** A row without a quality measurement. */
    public EpochLosses(
            int epoch,
            double learningRateG,
            double learningRateD,
            double lossG,
            double lossD,
            double dReal,
            double dFake) {
        this(epoch, learningRateG, learningRateD, lossG, lossD, dReal, dFake, null);
    }
}
