package io.github.gandjl.run;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run's {@code losses.csv} strictly: the header must be {@link RunFiles#LOSS_COLUMNS}, each
 * row must have one number per column, and the epochs must count up from 1. Anything else is an
 * error naming the file, the line and what is wrong, since a guess would let a damaged run pass a
 * comparison.
 */
public final class LossesCsv {

    /**
     * One epoch's line.
     *
     * @param values the columns after {@code epoch}, in the order of {@link RunFiles#LOSS_COLUMNS}
     */
    public record Row(int epoch, double[] values) {

        public Row {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** The value of a column other than {@code epoch}. */
        public double value(int column) {
            return values[column];
        }
    }

    private LossesCsv() {}

    /** The names of the value columns, {@code lr_g} to {@code d_fake}. */
    public static List<String> valueColumns() {
        return RunFiles.LOSS_COLUMNS.subList(1, RunFiles.LOSS_COLUMNS.size());
    }

    public static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GanException("The losses file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new GanException("Cannot read the losses file " + file + ": " + e, e);
        }
        if (lines.isEmpty()) {
            throw problem(file, 1, "the file is empty; expected the header");
        }
        String expectedHeader = String.join(",", RunFiles.LOSS_COLUMNS);
        if (!lines.get(0).equals(expectedHeader)) {
            throw problem(
                    file,
                    1,
                    "the header is '" + lines.get(0) + "'; expected '" + expectedHeader + "'");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            // The writer ends every line with a newline; nothing may follow the last one.
            if (line.isEmpty() && i == lines.size() - 1) {
                break;
            }
            rows.add(row(file, i + 1, line, rows.size() + 1));
        }
        return List.copyOf(rows);
    }

    private static Row row(Path file, int lineNumber, String line, int expectedEpoch) {
        String[] cells = line.split(",", -1);
        if (cells.length != RunFiles.LOSS_COLUMNS.size()) {
            throw problem(
                    file,
                    lineNumber,
                    "it has "
                            + cells.length
                            + " cells; expected "
                            + RunFiles.LOSS_COLUMNS.size()
                            + " ("
                            + String.join(",", RunFiles.LOSS_COLUMNS)
                            + ")");
        }
        int epoch;
        try {
            epoch = Integer.parseInt(cells[0]);
        } catch (NumberFormatException e) {
            throw problem(file, lineNumber, "the epoch is '" + cells[0] + "', not a whole number");
        }
        if (epoch != expectedEpoch) {
            throw problem(
                    file,
                    lineNumber,
                    "the epoch is "
                            + epoch
                            + "; expected "
                            + expectedEpoch
                            + " (epochs count up from 1)");
        }
        double[] values = new double[cells.length - 1];
        for (int c = 1; c < cells.length; c++) {
            try {
                // Double.toString wrote these; it also writes NaN and Infinity for a diverged run.
                values[c - 1] = Double.parseDouble(cells[c]);
            } catch (NumberFormatException e) {
                throw problem(
                        file,
                        lineNumber,
                        "column "
                                + RunFiles.LOSS_COLUMNS.get(c)
                                + " is '"
                                + cells[c]
                                + "', not a number");
            }
            if (cells[c].isBlank() || !cells[c].equals(cells[c].trim())) {
                throw problem(
                        file,
                        lineNumber,
                        "column "
                                + RunFiles.LOSS_COLUMNS.get(c)
                                + " is '"
                                + cells[c]
                                + "', not a number");
            }
        }
        return new Row(epoch, values);
    }

    private static GanException problem(Path file, int line, String what) {
        return new GanException(
                "The losses file "
                        + file
                        + " is damaged at line "
                        + line
                        + ": "
                        + what
                        + ". It is written by gan:train; train the run again to replace it.");
    }
}
