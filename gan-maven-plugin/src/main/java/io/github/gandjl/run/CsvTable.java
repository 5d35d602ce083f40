package io.github.gandjl.run;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file that grows by one row per epoch and is flushed after each, so that a reader (or a run
 * that dies) sees every finished epoch.
 */
final class CsvTable implements AutoCloseable {

    private final Path file;
    private final CSVPrinter printer;

    /** Creates the file with its header. */
    CsvTable(Path file, List<String> header) {
        this.file = file;
        try {
            Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            printer =
                    CSVFormat.DEFAULT
                            .builder()
                            .setRecordSeparator('\n')
                            .setHeader(header.toArray(String[]::new))
                            .get()
                            .print(writer);
            printer.flush();
        } catch (IOException e) {
            throw new GanException("Cannot write " + file + ": " + e, e);
        }
    }

    void append(List<?> row) {
        try {
            printer.printRecord(row);
            printer.flush();
        } catch (IOException e) {
            throw new GanException("Cannot write " + file + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new GanException("Cannot close " + file + ": " + e, e);
        }
    }
}
