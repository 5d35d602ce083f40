package io.github.gandjl.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataOptions;
import io.github.gandjl.data.Dataset;
import io.github.gandjl.data.Images;
import io.github.gandjl.data.Split;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's native memory stays flat and its results are repeatable within one JVM. */
class TrainerMemoryTest {

    static Images subset(Path cache) {
        Path dir = Path.of(System.getProperty("gan.subset.directory"));
        return Dataset.locate(
                        DataOptions.defaults(dir, cache).withSystemDirectories(List.of()),
                        GanLog.silent())
                .images(Split.TRAIN);
    }

    @Test
    void noArraysPileUpOnTheLongLivedManager(@TempDir Path cache) {
        TrainingConfig config = TrainingConfig.builder().experiment("memory").threads(2).build();
        try (GanTrainer trainer = new GanTrainer(config, subset(cache))) {
            trainer.trainEpoch(1);
            int afterFirst = trainer.liveArrays();
            for (int epoch = 2; epoch <= 4; epoch++) {
                trainer.trainEpoch(epoch);
                trainer.samples();
            }
            assertEquals(afterFirst, trainer.liveArrays(), "arrays left on the trainer's manager");
            // Networks (2 x 4 arrays), their Adam moments (2 x 8) and the images.
            assertEquals(8 + 16 + 1, afterFirst);
        }
    }

    @Test
    void sameSeedSameLossesAndAnotherSeedOthers(@TempDir Path cache) {
        Images images = subset(cache);
        EpochResult a = firstEpoch(images, 42);
        EpochResult b = firstEpoch(images, 42);
        EpochResult c = firstEpoch(images, 43);
        assertEquals(a.lossG(), b.lossG());
        assertEquals(a.lossD(), b.lossD());
        assertEquals(a.dReal(), b.dReal());
        assertNotEquals(a.lossG(), c.lossG());
        // An untrained GAN sits near chance: D's loss about 2 ln 2, G's about ln 2.
        assertTrue(a.lossD() > 0.5 && a.lossD() < 2.5, "loss D " + a.lossD());
        assertTrue(a.lossG() > 0.2 && a.lossG() < 2.5, "loss G " + a.lossG());
    }

    private static EpochResult firstEpoch(Images images, long seed) {
        TrainingConfig config =
                TrainingConfig.builder().experiment("repeat").seed(seed).threads(2).build();
        try (GanTrainer trainer = new GanTrainer(config, images)) {
            return trainer.trainEpoch(1);
        }
    }
}
