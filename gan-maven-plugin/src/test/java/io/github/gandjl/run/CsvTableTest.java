package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** losses.csv and timings.csv: one header, then one row per epoch, on disk as soon as appended. */
class CsvTableTest {

    @TempDir Path dir;

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(reader)) {
            assertEquals(RunFiles.LOSS_COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void theHeaderIsOnDiskBeforeAnyRow() throws IOException {
        Path file = dir.resolve("losses.csv");
        new CsvTable(file, RunFiles.LOSS_COLUMNS, List.of());
        assertEquals(List.of(), read(file));
        assertEquals(String.join(",", RunFiles.LOSS_COLUMNS) + "\n", Files.readString(file));
    }

    /** Each append is on disk at once, whole: a run that dies keeps every finished epoch. */
    @Test
    void eachRowIsReadableAsSoonAsItIsAppended() throws IOException {
        Path file = dir.resolve("losses.csv");
        {
            CsvTable table = new CsvTable(file, RunFiles.LOSS_COLUMNS, List.of());
            table.append(
                    List.of(1, 2.0E-4, 2.0E-4, 0.6931471805599453, 1.3862943611198906, 0.5, 0.5));
            List<CSVRecord> rows = read(file);
            assertEquals(1, rows.size());
            assertEquals("0.6931471805599453", rows.get(0).get("loss_g"));

            table.append(List.of(2, 1.98E-4, 1.98E-4, Double.NaN, 1.0, 0.25, 0.75));
            rows = read(file);
            assertEquals(2, rows.size());
            assertEquals("2", rows.get(1).get("epoch"));
            assertEquals("1.98E-4", rows.get(1).get("lr_g"));
            assertEquals(Double.NaN, Double.parseDouble(rows.get(1).get("loss_g")));
            assertEquals(0.75, Double.parseDouble(rows.get(1).get("d_fake")));
        }
        assertTrue(Files.readString(file).endsWith("0.75\n"), "rows end with a newline");
    }

    /** A resumed run keeps the rows up to its checkpoint, byte for byte, and redoes the rest. */
    @Test
    void aResumedTableKeepsTheRowsUpToTheCheckpoint() throws IOException {
        Path file = dir.resolve("losses.csv");
        CsvTable table = new CsvTable(file, RunFiles.LOSS_COLUMNS, List.of());
        for (int epoch = 1; epoch <= 3; epoch++) {
            table.append(List.of(epoch, 2.0E-4, 2.0E-4, 0.1 * epoch, 1.0, 0.5, 0.5));
        }
        List<List<String>> kept = CsvTable.readRows(file, RunFiles.LOSS_COLUMNS, 2);
        assertEquals(2, kept.size());
        assertEquals("0.2", kept.get(1).get(3));
        String before = Files.readString(file);
        new CsvTable(file, RunFiles.LOSS_COLUMNS, kept)
                .append(List.of(3, 2.0E-4, 2.0E-4, 0.30000000000000004, 1.0, 0.5, 0.5));
        assertEquals(before, Files.readString(file));
        GanException e =
                assertThrows(
                        GanException.class,
                        () -> CsvTable.readRows(file, RunFiles.TIMING_COLUMNS, 2));
        assertTrue(e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void anUnwritableFileIsNamed() throws IOException {
        Path blocker = Files.createFile(dir.resolve("not-a-directory"));
        Path file = blocker.resolve("losses.csv");
        GanException e =
                assertThrows(
                        GanException.class,
                        () -> new CsvTable(file, RunFiles.LOSS_COLUMNS, List.of()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
