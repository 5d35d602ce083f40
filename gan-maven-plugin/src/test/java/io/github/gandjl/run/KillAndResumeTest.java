package io.github.gandjl.run;

import static io.github.gandjl.run.SameBytes.assertSameBytes;
import static io.github.gandjl.run.SameBytes.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at random moments and resumed each time ends with the same bytes as a
 * run that was never stopped. The kills land wherever the process happens to be: inside an epoch,
 * writing a CSV, a sample grid, a checkpoint or the manifest.
 */
class KillAndResumeTest {

    private static final int EPOCHS = 12;
    private static final int KILLS = 5;

    @Test
    void killedRunsResumeToTheSameBytes(@TempDir Path killed, @TempDir Path whole)
            throws Exception {
        Random random = new Random(20261204);
        RunFiles files = RunFiles.of(killed, "determinism", 42);
        int kills = 0;
        while (kills < KILLS) {
            int before = epochsDone(files);
            Process process = start(killed);
            // Let the run get past its start and at least one epoch further, then kill it at a
            // random moment of what follows.
            while (process.isAlive() && epochsDone(files) <= before) {
                Thread.sleep(20);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(random.nextInt(400));
            process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            kills++;
        }
        assertEquals(KILLS, kills, "the run finished before it could be killed often enough");
        assertTrue(epochsDone(files) < EPOCHS, "the last kill came after the last epoch");
        JavaProcess.awaitSuccess(start(killed), killed.resolve("jvm.log"));
        JavaProcess.awaitSuccess(start(whole), whole.resolve("jvm.log"));

        RunFiles reference = RunFiles.of(whole, "determinism", 42);
        assertSameBytes(reference.losses(), files.losses());
        List<String> samples = names(reference.samples());
        assertEquals(EPOCHS, samples.size());
        assertEquals(samples, names(files.samples()));
        for (String sample : samples) {
            assertSameBytes(reference.samples().resolve(sample), files.samples().resolve(sample));
        }
        assertSameBytes(reference.generatorParameters(), files.generatorParameters());
        assertSameBytes(reference.discriminatorParameters(), files.discriminatorParameters());
        Manifest manifest = ManifestJson.read(files.manifest());
        assertEquals(RunStatus.FINISHED, manifest.status());
        assertEquals(EPOCHS, manifest.epochsCompleted());
        assertEquals(EPOCHS + 1, Files.readAllLines(files.timings()).size());
    }

    /** Rows in losses.csv; a file being replaced counts as it was. */
    private static int epochsDone(RunFiles files) throws IOException {
        try {
            return Math.max(0, Files.readAllLines(files.losses()).size() - 1);
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }

    private static Process start(Path output) throws IOException {
        return JavaProcess.start(
                TrainOnce.class,
                output.resolve("jvm.log"),
                System.getProperty("gan.subset.directory"),
                output.toString(),
                Integer.toString(EPOCHS),
                "2");
    }
}
