package io.github.gandjl.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.ConfigException;
import io.github.gandjl.run.JavaProcess;
import io.github.gandjl.run.Manifest;
import io.github.gandjl.run.ManifestJson;
import io.github.gandjl.run.RunFiles;
import io.github.gandjl.run.RunStatus;
import io.github.gandjl.run.SampleGrid;
import io.github.gandjl.run.TrainedRuns;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sampling a real trained run: shapes, determinism, and what it refuses. */
class SamplerTest {

    @TempDir Path dir;

    private RunFiles run;

    @BeforeEach
    void copyRun() throws IOException {
        run = TrainedRuns.copyOfQuick(dir);
    }

    private Sampler.Output sample(
            Long seed, int count, boolean images, boolean interpolate, int steps) {
        return Sampler.sample(
                new SampleRequest(run, seed, count, images, interpolate, steps), GanLog.silent());
    }

    private static BufferedImage png(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(
                new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), file.toString());
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Width (or height) of a grid of n cells along one side. */
    private static int side(int cells) {
        return cells * 28 * SampleGrid.SCALE + (cells + 1) * SampleGrid.GAP;
    }

    @Test
    void withTheRunsSeedAndSixteenImagesTheGridIsTheTrainingsFinalGrid() throws IOException {
        Sampler.Output out = sample(null, 16, false, false, 10);
        assertEquals(TrainedRuns.SEED, out.sampleSeed());
        assertEquals(run.directory().resolve("sampled/seed-42/grid.png"), out.files().grid());
        // Another JVM (the training's), another manager, parameters reloaded from disk: same bytes.
        assertArrayEquals(
                Files.readAllBytes(run.sample(2)), Files.readAllBytes(out.files().grid()));
    }

    @Test
    void writesAGridSingleImagesAndAStripOfTheRequestedShapes() throws IOException {
        Sampler.Output out = sample(7L, 10, true, true, 6);
        SampleFiles files = out.files();
        assertEquals(run.directory().resolve("sampled/seed-7"), files.directory());
        BufferedImage grid = png(files.grid());
        // 10 images: 4 to a line, 3 lines.
        assertEquals(side(4), grid.getWidth());
        assertEquals(side(3), grid.getHeight());
        for (int n = 1; n <= 10; n++) {
            BufferedImage one = png(files.image(n));
            assertEquals(28, one.getWidth());
            assertEquals(28, one.getHeight());
        }
        assertFalse(Files.exists(files.image(11)));
        BufferedImage strip = png(files.interpolation());
        assertEquals(side(6), strip.getWidth());
        assertEquals(side(1), strip.getHeight());
        assertEquals(12, out.written().size());
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        SampleFiles first = sample(5L, 9, true, true, 10).files();
        byte[] grid = Files.readAllBytes(first.grid());
        byte[] strip = Files.readAllBytes(first.interpolation());
        byte[] image = Files.readAllBytes(first.image(3));
        SampleFiles again = sample(5L, 9, true, true, 10).files();
        assertArrayEquals(grid, Files.readAllBytes(again.grid()));
        assertArrayEquals(strip, Files.readAllBytes(again.interpolation()));
        assertArrayEquals(image, Files.readAllBytes(again.image(3)));

        SampleFiles other = sample(6L, 9, false, true, 10).files();
        assertFalse(Arrays.equals(grid, Files.readAllBytes(other.grid())));
        assertFalse(Arrays.equals(strip, Files.readAllBytes(other.interpolation())));
    }

    @Test
    void theStripDoesNotDependOnTheGridsSize() throws IOException {
        byte[] strip = Files.readAllBytes(sample(5L, 4, false, true, 10).files().interpolation());
        assertArrayEquals(
                strip, Files.readAllBytes(sample(5L, 25, false, true, 10).files().interpolation()));
    }

    @Test
    void fewerSingleImagesReplaceMoreEarlierOnes() {
        sample(3L, 9, true, false, 10);
        SampleFiles files = sample(3L, 4, true, false, 10).files();
        assertTrue(Files.exists(files.image(4)));
        assertFalse(Files.exists(files.image(5)));
    }

    @Test
    void anotherJvmWritesTheSameBytes() throws Exception {
        SampleFiles here = sample(11L, 16, true, true, 10).files();
        List<byte[]> mine = new ArrayList<>();
        for (Path file : List.of(here.grid(), here.interpolation(), here.image(16))) {
            mine.add(Files.readAllBytes(file));
            Files.delete(file);
        }
        Path log = dir.resolve("fork.log");
        JavaProcess.awaitSuccess(
                JavaProcess.start(
                        SampleInAnotherJvm.class, log, run.directory().toString(), "11", "16"),
                log);
        assertArrayEquals(mine.get(0), Files.readAllBytes(here.grid()));
        assertArrayEquals(mine.get(1), Files.readAllBytes(here.interpolation()));
        assertArrayEquals(mine.get(2), Files.readAllBytes(here.image(16)));
    }

    @Test
    void refusesAnUnfinishedRun() {
        Manifest m = ManifestJson.read(run.manifest());
        ManifestJson.write(m.ended(RunStatus.DIVERGED, Instant.now(), 2), run.manifest());
        String message =
                assertThrows(GanException.class, () -> sample(null, 16, false, false, 10))
                        .getMessage();
        assertTrue(message.contains("cannot be sampled") && message.contains("diverged"), message);
    }

    @Test
    void namesDamagedOrMismatchedParameters() throws IOException {
        Manifest m = ManifestJson.read(run.manifest());
        java.util.Map<String, String> config = new java.util.LinkedHashMap<>(m.configuration());
        config.put("generatorLayers", "64");
        ManifestJson.write(
                new Manifest(
                        m.formatVersion(),
                        m.experiment(),
                        m.description(),
                        m.seed(),
                        m.status(),
                        config,
                        m.git(),
                        m.environment(),
                        m.data(),
                        m.startedAt(),
                        m.finishedAt(),
                        m.epochsCompleted(),
                        m.secondsPerEpoch(),
                        m.divergedAtEpoch()),
                run.manifest());
        String message =
                assertThrows(GanException.class, () -> sample(null, 16, false, false, 10))
                        .getMessage();
        assertTrue(
                message.contains(run.generatorParameters().toString())
                        && message.contains("[100, 64, 784]"),
                message);

        Files.write(run.generatorParameters(), new byte[] {1, 2, 3});
        message =
                assertThrows(GanException.class, () -> sample(null, 16, false, false, 10))
                        .getMessage();
        assertTrue(message.contains(run.generatorParameters().toString()), message);

        Files.delete(run.generatorParameters());
        message =
                assertThrows(GanException.class, () -> sample(null, 16, false, false, 10))
                        .getMessage();
        assertTrue(message.contains("do not exist"), message);
    }

    @Test
    void refusesCountsAndStepsOutOfRange() {
        assertTrue(
                assertThrows(ConfigException.class, () -> sample(null, 0, false, false, 10))
                        .getMessage()
                        .contains("gan.sampleCount"));
        assertTrue(
                assertThrows(ConfigException.class, () -> sample(null, 4, false, true, 1))
                        .getMessage()
                        .contains("gan.interpolationSteps"));
    }
}
