package io.github.gandjl.run;

import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file that grows by one row per epoch. Each append rewrites the file under a temporary name
 * and moves it into place, so that whenever the process dies the file holds whole rows only: every
 * finished epoch, never half of one. The files are small (a row per epoch), so the rewrite costs
 * nothing next to an epoch.
 */
final class CsvTable {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Path file;
    private final List<String> header;
    private final List<List<String>> rows;

    /** A table holding {@code rows} already; writes it at once. */
    CsvTable(Path file, List<String> header, List<List<String>> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = new ArrayList<>(rows);
        write();
    }

    void append(List<?> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
            cells.add(String.valueOf(cell));
        }
        rows.add(cells);
        write();
    }

    private void write() {
        try {
            AtomicFiles.write(
                    file,
                    out -> {
                        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
                        printer.printRecord(header);
                        printer.printRecords(rows);
                        printer.flush();
                    });
        } catch (IOException e) {
            throw new GanException("Cannot write " + file + ": " + e, e);
        }
    }

    /**
     * The rows of an existing table whose first cell, the epoch, is at most {@code lastEpoch}: what
     * a resumed run keeps.
     *
     * @throws GanException if the header is not {@code header} or a row's epoch is not a number
     */
    static List<List<String>> readRows(Path file, List<String> header, int lastEpoch) {
        List<List<String>> kept = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (first) {
                    if (!cells.equals(header)) {
                        throw new GanException(
                                file + " has the header " + cells + ", expected " + header + ".");
                    }
                    first = false;
                } else if (epoch(file, record) <= lastEpoch) {
                    kept.add(cells);
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new GanException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return kept;
    }

    private static int epoch(Path file, CSVRecord record) {
        try {
            return Integer.parseInt(record.get(0));
        } catch (NumberFormatException e) {
            throw new GanException(
                    file
                            + " line "
                            + record.getRecordNumber()
                            + ": the epoch is '"
                            + record.get(0)
                            + "', not a whole number.");
        }
    }
}
