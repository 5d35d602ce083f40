package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** losses.csv is read strictly: every problem names the file, the line and what is wrong. */
class LossesCsvTest {

    private static final String HEADER = "epoch,lr_g,lr_d,loss_g,loss_d,d_real,d_fake\n";

    @TempDir Path dir;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("losses.csv");
        Files.writeString(file, text);
        return file;
    }

    private String failure(String text) throws IOException {
        Path file = file(text);
        String message = assertThrows(GanException.class, () -> LossesCsv.read(file)).getMessage();
        assertTrue(message.contains(file.toString()), message);
        return message;
    }

    @Test
    void readsEveryRowInColumnOrder() throws IOException {
        List<LossesCsv.Row> rows =
                LossesCsv.read(
                        file(
                                HEADER
                                        + "1,2.0E-4,2.0E-4,0.65,1.1,0.74,0.52\n2,1.98E-4,1.98E-4,0.6,1.0,0.9,0.56\n"));
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(1).epoch());
        assertArrayEquals(
                new double[] {1.98e-4, 1.98e-4, 0.6, 1.0, 0.9, 0.56}, rows.get(1).values());
    }

    @Test
    void readsWhatTrainingWrote() {
        List<LossesCsv.Row> rows = LossesCsv.read(TrainedRuns.quick().losses());
        assertEquals(2, rows.size());
        assertEquals(2.0e-4, rows.get(0).value(0));
    }

    @Test
    void readsQualityColumnsWithEmptyCellsWhereNothingWasMeasured() throws IOException {
        String header = String.join(",", RunFiles.LOSS_COLUMNS) + "\n";
        List<LossesCsv.Row> rows =
                LossesCsv.read(
                        file(
                                header
                                        + "1,2.0E-4,2.0E-4,0.65,1.1,0.74,0.52,,,,\n"
                                        + "2,1.98E-4,1.98E-4,0.6,1.0,0.9,0.56,81.5,3.25,2.1,9\n"));
        assertTrue(rows.get(0).quality("frechet_distance").isEmpty());
        assertEquals(81.5, rows.get(1).quality("frechet_distance").getAsDouble());
        assertEquals(9, rows.get(1).quality("classes_covered").getAsDouble());
        assertArrayEquals(
                new double[] {1.98e-4, 1.98e-4, 0.6, 1.0, 0.9, 0.56}, rows.get(1).values());
    }

    @Test
    void anEmptyTrainingCellIsStillRefused() throws IOException {
        String header = String.join(",", RunFiles.LOSS_COLUMNS) + "\n";
        String message = failure(header + "1,2.0E-4,2.0E-4,,1.1,0.74,0.52,,,,\n");
        assertTrue(message.contains("loss_g"), message);
    }

    @Test
    void aQualityCellThatIsNotANumberIsRefused() throws IOException {
        String header = String.join(",", RunFiles.LOSS_COLUMNS) + "\n";
        String message = failure(header + "1,2.0E-4,2.0E-4,0.6,1.1,0.74,0.52,x,,,\n");
        assertTrue(message.contains("frechet_distance"), message);
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws IOException {
        assertEquals(List.of(), LossesCsv.read(file(HEADER)));
    }

    @Test
    void refusesAnotherHeader() throws IOException {
        String message = failure("epoch,loss_g\n1,0.5\n");
        assertTrue(message.contains("line 1") && message.contains("epoch,loss_g"), message);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertTrue(failure("").contains("empty"));
    }

    @Test
    void refusesARowWithTooFewCells() throws IOException {
        String message = failure(HEADER + "1,2.0E-4,2.0E-4,0.65\n");
        assertTrue(message.contains("line 2") && message.contains("4 cells"), message);
    }

    @Test
    void refusesACellThatIsNotANumber() throws IOException {
        String message =
                failure(
                        HEADER
                                + "1,2.0E-4,2.0E-4,0.65,1.1,0.74,0.52\n2,1.98E-4,1.98E-4,0.6,oops,0.9,0.56\n");
        assertTrue(
                message.contains("line 3")
                        && message.contains("loss_d")
                        && message.contains("'oops'"),
                message);
    }

    @Test
    void refusesAnEmptyCell() throws IOException {
        String message = failure(HEADER + "1,2.0E-4,2.0E-4,,1.1,0.74,0.52\n");
        assertTrue(message.contains("line 2") && message.contains("loss_g"), message);
    }

    @Test
    void refusesEpochsThatDoNotCountUpFromOne() throws IOException {
        String message = failure(HEADER + "1,1,1,1,1,1,1\n3,1,1,1,1,1,1\n");
        assertTrue(message.contains("line 3") && message.contains("expected 2"), message);
    }

    @Test
    void refusesABlankLineInTheMiddle() throws IOException {
        assertTrue(failure(HEADER + "1,1,1,1,1,1,1\n\n2,1,1,1,1,1,1\n").contains("line 3"));
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("nothing.csv");
        String message =
                assertThrows(GanException.class, () -> LossesCsv.read(missing)).getMessage();
        assertTrue(message.contains(missing + " does not exist"), message);
    }
}
