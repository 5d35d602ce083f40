package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.MetricSettings;
import io.github.gandjl.config.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming, refusing to resume, and the lock, in one JVM. */
class ResumeTest {

    private static final Path SUBSET = Path.of(System.getProperty("gan.subset.directory"));

    private static TrainingConfig.Builder config(int epochs) {
        return TrainingConfig.builder()
                .experiment("resume")
                .epochs(epochs)
                .threads(2)
                .sampleInterval(1)
                .checkpointKeep(2);
    }

    private static Manifest train(TrainingConfig config, Path output, boolean resume) {
        return new TrainingRun(TrainOnce.request(config, SUBSET, output), GanLog.silent())
                .execute(true, resume);
    }

    /** Makes a finished run look like one whose process died after its last epoch. */
    private static void markUnfinished(RunFiles files) {
        Manifest m = ManifestJson.read(files.manifest());
        ManifestJson.write(m.restarted(m.configuration()), files.manifest());
    }

    @Test
    void resumesAfterADeathMidWriteToTheSameBytes(@TempDir Path stopped, @TempDir Path whole)
            throws IOException {
        RunFiles files = RunFiles.of(stopped, "resume", 42);
        train(config(2).build(), stopped, true);
        markUnfinished(files);
        // What a death while writing epoch 3 leaves: temporary files beside the real ones, and a
        // row and a sample of the epoch after the checkpoint.
        Files.writeString(files.checkpoints().resolve(".epoch-0003.ckpt42.tmp"), "half");
        Files.writeString(files.directory().resolve(".losses.csv99.tmp"), "3,0.1,");
        Files.writeString(files.losses(), Files.readString(files.losses()) + "3,1,1,1,1,1,1\n");
        Files.write(files.sample(3), new byte[] {1, 2, 3});

        train(config(4).build(), stopped, true);
        train(config(4).build(), whole, true);

        RunFiles reference = RunFiles.of(whole, "resume", 42);
        assertArrayEquals(
                Files.readAllBytes(reference.losses()), Files.readAllBytes(files.losses()));
        for (int epoch = 1; epoch <= 4; epoch++) {
            assertArrayEquals(
                    Files.readAllBytes(reference.sample(epoch)),
                    Files.readAllBytes(files.sample(epoch)));
        }
        assertArrayEquals(
                Files.readAllBytes(reference.generatorParameters()),
                Files.readAllBytes(files.generatorParameters()));
        assertEquals(
                List.of("epoch-0003.ckpt", "epoch-0004.ckpt"),
                names(files.checkpoints()).stream()
                        .filter(n -> !n.startsWith("."))
                        .collect(Collectors.toList()));
    }

    @Test
    void aChangedConfigurationIsRefusedWithTheChangedParameters(@TempDir Path output) {
        RunFiles files = RunFiles.of(output, "resume", 42);
        train(config(1).build(), output, true);
        markUnfinished(files);
        GanException e =
                assertThrows(
                        GanException.class,
                        () -> train(config(2).learningRate(1e-3).gamma(0.5).build(), output, true));
        assertTrue(e.getMessage().contains("gan.learningRate: 2.0E-4 -> 0.001"), e.getMessage());
        assertTrue(e.getMessage().contains("gan.gamma: 0.99 -> 0.5"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dgan.resume=false"), e.getMessage());
        assertFalse(e.getMessage().contains("gan.epochs"), e.getMessage());
    }

    @Test
    void measuringQualityDifferentlyIsRefusedAndWritesNothing(@TempDir Path output)
            throws IOException {
        RunFiles files = RunFiles.of(output, "resume", 42);
        train(config(1).build(), output, true);
        markUnfinished(files);
        byte[] losses = Files.readAllBytes(files.losses());
        byte[] manifest = Files.readAllBytes(files.manifest());
        TrainingConfig longer = config(2).build();
        GanException e =
                assertThrows(
                        GanException.class,
                        () -> run(longer, output, MetricSettings.of(true, 400, null, 0.05, 1)));
        assertTrue(e.getMessage().contains("gan.metricSamples: 500 vs 400"), e.getMessage());
        assertTrue(e.getMessage().contains("gan.coverageShare: 0.02 vs 0.05"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dgan.metrics=false"), e.getMessage());
        assertArrayEquals(losses, Files.readAllBytes(files.losses()));
        assertArrayEquals(manifest, Files.readAllBytes(files.manifest()));

        // Without metrics the run goes on; the epochs after the resume have empty quality cells.
        Manifest resumed = run(longer, output, MetricSettings.off());
        assertEquals(RunStatus.FINISHED, resumed.status());
        List<String> rows = Files.readAllLines(files.losses());
        assertFalse(rows.get(1).endsWith(","), rows.get(1));
        assertTrue(rows.get(2).endsWith(",,,,"), rows.get(2));
    }

    private static Manifest run(TrainingConfig config, Path output, MetricSettings metrics) {
        RunRequest measured = TrainOnce.request(config, SUBSET, output);
        RunRequest request =
                new RunRequest(
                        config,
                        measured.data(),
                        measured.outputDirectory(),
                        measured.projectDirectory(),
                        metrics);
        return new TrainingRun(request, GanLog.silent()).execute(true, true);
    }

    @Test
    void resumeFalseMovesTheOldRunAside(@TempDir Path output) throws IOException {
        RunFiles files = RunFiles.of(output, "resume", 42);
        train(config(1).build(), output, true);
        markUnfinished(files);
        Manifest fresh = train(config(1).learningRate(1e-3).build(), output, false);
        assertEquals(RunStatus.FINISHED, fresh.status());
        List<String> runs = names(output.resolve("resume"));
        assertEquals(2, runs.size(), runs.toString());
        assertTrue(runs.get(1).startsWith("seed-42.replaced-"), runs.toString());
    }

    @Test
    void aSecondWriterFailsAtOnceNamingTheHolder(@TempDir Path output) throws IOException {
        RunFiles files = RunFiles.of(output, "resume", 42);
        try (RunLock held = RunLock.acquire(files.lock())) {
            GanException e =
                    assertThrows(GanException.class, () -> train(config(1).build(), output, true));
            assertTrue(
                    e.getMessage().contains("process " + ProcessHandle.current().pid()),
                    e.getMessage());
        }
        assertFalse(Files.exists(files.directory()), "the refused run wrote its directory");
        assertEquals(RunStatus.FINISHED, train(config(1).build(), output, true).status());
        assertFalse(Files.exists(files.lock()), "the lock file outlived the run");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
