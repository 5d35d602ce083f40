package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.gandjl.train.EpochResult;
import org.junit.jupiter.api.Test;

/** The one log line per epoch, which users read and the invoker tests look for. */
class EpochLineTest {

    @Test
    void showsProgressLossesSpeedAndTimeLeft() {
        EpochResult result =
                new EpochResult(3, 2e-4, 2e-4, 1.23456, 0.5, 0.71234, 0.29876, 2.0, 2_000);
        assertEquals(
                "Epoch 3/10  loss G 1.2346  D 0.5000  D(x) 0.712  D(G(z)) 0.299  1,000 img/s"
                        + "  ETA 0:00:14",
                EpochLine.format(result, 10, 2.0));
    }

    @Test
    void theLastEpochHasNothingLeft() {
        EpochResult result = new EpochResult(10, 1e-4, 1e-4, 2, 1, 0.5, 0.5, 0, 2_000);
        assertEquals(
                "Epoch 10/10  loss G 2.0000  D 1.0000  D(x) 0.500  D(G(z)) 0.500  0 img/s"
                        + "  ETA 0:00:00",
                EpochLine.format(result, 10, 3.0));
    }

    @Test
    void aDivergedLossIsPrintedAsSuch() {
        EpochResult result =
                new EpochResult(1, 1, 1, Double.NaN, Double.POSITIVE_INFINITY, 0, 0, 1, 1);
        String line = EpochLine.format(result, 2, 1);
        assertEquals(
                "Epoch 1/2  loss G NaN  D Infinity  D(x) 0.000  D(G(z)) 0.000  1 img/s  ETA 0:00:01",
                line);
    }

    @Test
    void durationsAreHoursMinutesSeconds() {
        assertEquals("0:00:00", EpochLine.duration(0));
        assertEquals("0:01:05", EpochLine.duration(65));
        assertEquals("1:02:05", EpochLine.duration(3725));
        assertEquals("27:46:40", EpochLine.duration(100_000));
    }
}
