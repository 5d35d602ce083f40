package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import io.github.gandjl.data.DataFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a real run back, and the message for each kind of damage. */
class RunReaderTest {

    @TempDir Path dir;

    @Test
    void readsWhatTrainingWrote() throws IOException {
        Path run = TrainedRuns.quick(1);
        RunContents contents = RunReader.read(run);
        assertEquals("quick", contents.manifest().experiment());
        // The training data only: the test images the metrics read go into the quality basis.
        assertEquals(
                List.of("train-images-idx3-ubyte.gz"),
                contents.manifest().data().stream().map(DataFile::name).toList());
        assertEquals(64, contents.manifest().quality().basis().realImagesSha256().length());
        assertEquals(List.of(1, 2), contents.losses().stream().map(EpochLosses::epoch).toList());
        assertEquals(2, contents.timings().size());
        // Every measured epoch has its cost, and only those.
        for (int i = 0; i < 2; i++) {
            double cost = contents.timings().get(i).qualitySeconds();
            if (contents.losses().get(i).quality() == null) {
                assertTrue(Double.isNaN(cost), "epoch " + (i + 1) + ": " + cost);
            } else {
                assertTrue(cost > 0 && cost < contents.timings().get(i).seconds() * 10, "" + cost);
            }
        }
        assertTrue(contents.losses().get(1).quality() != null, "the last epoch is measured");
        assertEquals(List.of(1, 2), contents.samples().stream().map(SampleFile::epoch).toList());
        // The values are the file's, exactly.
        String second = Files.readAllLines(run.resolve("losses.csv")).get(2);
        assertEquals(Double.parseDouble(second.split(",")[3]), contents.lastLosses().lossG());
        assertEquals(run.resolve("samples/epoch-0002.png"), contents.lastSample().file());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        GanException e =
                assertThrows(GanException.class, () -> RunReader.read(dir.resolve("nothing")));
        assertTrue(e.getMessage().contains("nothing") && e.getMessage().contains("gan:train"));
    }

    @Test
    void timingsWithoutTheQualityCostStillRead() throws IOException {
        Path run = TrainedRuns.copy(TrainedRuns.quick(1), dir.resolve("run"));
        Files.write(
                run.resolve("timings.csv"),
                List.of("epoch,seconds,images_per_second", "1,0.5,4000", "2,0.25,8000"));
        List<EpochTiming> timings = RunReader.read(run).timings();
        assertEquals(0.25, timings.get(1).seconds());
        assertTrue(Double.isNaN(timings.get(1).qualitySeconds()));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path run = TrainedRuns.copy(TrainedRuns.quick(1), dir.resolve("run"));
        Files.delete(run.resolve("timings.csv"));
        GanException e = assertThrows(GanException.class, () -> RunReader.read(run));
        assertTrue(e.getMessage().contains(run.resolve("timings.csv").toString()), e.getMessage());
    }

    @Test
    void aBadNumberIsNamedWithItsLineAndColumn() throws IOException {
        // d_fake is the 7th cell, the last of the training columns.
        Path run =
                damaged(
                        lines ->
                                lines.set(
                                        2,
                                        lines.get(2)
                                                .replaceFirst("^((?:[^,]*,){6})[^,]*", "$1oops")));
        GanException e = assertThrows(GanException.class, () -> RunReader.read(run));
        assertTrue(e.getMessage().contains("losses.csv"), e.getMessage());
        assertTrue(
                e.getMessage().contains("line 3: column d_fake is 'oops', not a number"),
                e.getMessage());
    }

    @Test
    void aChangedHeaderIsShownWithTheExpectedOne() throws IOException {
        Path run = damaged(lines -> lines.set(0, lines.get(0).replace("loss_d", "loss_x")));
        GanException e = assertThrows(GanException.class, () -> RunReader.read(run));
        assertTrue(e.getMessage().contains("line 1: the header is 'epoch,"), e.getMessage());
        assertTrue(e.getMessage().contains("loss_x"), e.getMessage());
        assertTrue(
                e.getMessage().contains("expected 'epoch,lr_g,lr_d,loss_g,loss_d"), e.getMessage());
    }

    @Test
    void epochsOutOfOrderAreRefused() throws IOException {
        Path run = damaged(lines -> lines.remove(1));
        GanException e = assertThrows(GanException.class, () -> RunReader.read(run));
        assertTrue(e.getMessage().contains("line 2: the epoch is 2; expected 1"), e.getMessage());
    }

    @Test
    void aCutLineIsNamed() throws IOException {
        Path run = damaged(lines -> lines.set(1, lines.get(1).substring(0, 8)));
        GanException e = assertThrows(GanException.class, () -> RunReader.read(run));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    private Path damaged(java.util.function.Consumer<List<String>> change) throws IOException {
        Path run = TrainedRuns.copy(TrainedRuns.quick(1), dir.resolve("run"));
        Path losses = run.resolve("losses.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(losses));
        change.accept(lines);
        Files.write(losses, lines, StandardCharsets.UTF_8);
        return run;
    }
}
