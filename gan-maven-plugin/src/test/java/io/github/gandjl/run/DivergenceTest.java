package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanFailure;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loss that is no longer finite stops the run at the end of that epoch with status {@code
 * diverged}, and fails the build unless asked not to.
 */
class DivergenceTest {

    private static final Path SUBSET = Path.of(System.getProperty("gan.subset.directory"));

    /** Weights drawn with a huge spread saturate every unit: the losses overflow at once. */
    private static TrainingConfig exploding() {
        return TrainingConfig.builder()
                .experiment("diverge")
                .epochs(3)
                .threads(1)
                .weightInitStd(1e30)
                .build();
    }

    @Test
    void aNonFiniteLossStopsTheRunAndFailsTheBuild(@TempDir Path output) throws IOException {
        TrainingRun run =
                new TrainingRun(TrainOnce.request(exploding(), SUBSET, output), GanLog.silent());
        GanFailure failure = assertThrows(GanFailure.class, () -> run.execute(true));
        assertTrue(failure.getMessage().contains("diverged"), failure.getMessage());
        assertTrue(failure.getMessage().contains("epoch 1"), failure.getMessage());
        assertTrue(failure.getMessage().contains("gan.failOnDivergence"), failure.getMessage());

        RunFiles files = RunFiles.of(output, "diverge", 42);
        Manifest manifest = ManifestJson.read(files.manifest());
        assertEquals(RunStatus.DIVERGED, manifest.status());
        assertEquals(1, manifest.divergedAtEpoch());
        assertEquals(1, manifest.epochsCompleted());
        assertEquals(2, Files.readAllLines(files.losses()).size(), "the diverged epoch is kept");
    }

    @Test
    void failOnDivergenceFalseKeepsTheBuildGoing(@TempDir Path output) {
        Manifest manifest =
                new TrainingRun(TrainOnce.request(exploding(), SUBSET, output), GanLog.silent())
                        .execute(false);
        assertEquals(RunStatus.DIVERGED, manifest.status());
        assertEquals(1, manifest.divergedAtEpoch());
    }
}
