package io.github.gandjl.run;

import io.github.gandjl.train.EpochResult;
import java.util.Locale;

/** The one line logged per epoch: progress, losses, speed and time left. */
final class EpochLine {

    private EpochLine() {}

    static String format(EpochResult result, int epochs, double meanSecondsPerEpoch) {
        long eta = Math.round(meanSecondsPerEpoch * (epochs - result.epoch()));
        return String.format(
                Locale.ROOT,
                "Epoch %d/%d  loss G %.4f  D %.4f  D(x) %.3f  D(G(z)) %.3f  %,.0f img/s  ETA %s",
                result.epoch(),
                epochs,
                result.lossG(),
                result.lossD(),
                result.dReal(),
                result.dFake(),
                result.imagesPerSecond(),
                duration(eta));
    }

    static String duration(long seconds) {
        return String.format(
                Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
    }
}
