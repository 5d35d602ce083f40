package io.github.gandjl.run;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads a run's {@code losses.csv} strictly: the header must be {@link RunFiles#LOSS_COLUMNS} (or
 * {@link RunFiles#TRAINING_COLUMNS}, as written before the quality metrics), each row must have one
 * number per training column and a number or an empty cell per quality column, and the epochs must
 * count up from 1. Anything else is an error naming the file, the line and what is wrong, since a
 * guess would let a damaged run pass a comparison.
 */
public final class LossesCsv {

    /**
     * One epoch's line.
     *
     * @param values the training columns after {@code epoch}, in the order of {@link
     *     RunFiles#TRAINING_COLUMNS}
     * @param quality the quality columns in the order of {@link RunFiles#QUALITY_COLUMNS}, null for
     *     an empty cell; empty for a file written before the quality metrics
     */
    public record Row(int epoch, double[] values, Double[] quality) {

        public Row {
            values = values.clone();
            quality = quality.clone();
        }

        public Row(int epoch, double[] values) {
            this(epoch, values, new Double[0]);
        }

        @Override
        public Double[] quality() {
            return quality.clone();
        }

        /** A quality column's value, if this epoch was measured. */
        public OptionalDouble quality(String column) {
            int c = RunFiles.QUALITY_COLUMNS.indexOf(column);
            if (c < 0) {
                throw new IllegalArgumentException("not a quality column: " + column);
            }
            return c < quality.length && quality[c] != null
                    ? OptionalDouble.of(quality[c])
                    : OptionalDouble.empty();
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

    /** The names of the training value columns, {@code lr_g} to {@code d_fake}. */
    public static List<String> valueColumns() {
        return RunFiles.TRAINING_COLUMNS.subList(1, RunFiles.TRAINING_COLUMNS.size());
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
        List<String> columns;
        if (lines.get(0).equals(expectedHeader)) {
            columns = RunFiles.LOSS_COLUMNS;
        } else if (lines.get(0).equals(String.join(",", RunFiles.TRAINING_COLUMNS))) {
            columns = RunFiles.TRAINING_COLUMNS;
        } else {
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
            rows.add(row(file, columns, i + 1, line, rows.size() + 1));
        }
        return List.copyOf(rows);
    }

    private static Row row(
            Path file, List<String> columns, int lineNumber, String line, int expectedEpoch) {
        String[] cells = line.split(",", -1);
        if (cells.length != columns.size()) {
            throw problem(
                    file,
                    lineNumber,
                    "it has "
                            + cells.length
                            + " cells; expected "
                            + columns.size()
                            + " ("
                            + String.join(",", columns)
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
        int training = RunFiles.TRAINING_COLUMNS.size();
        double[] values = new double[training - 1];
        Double[] quality = new Double[cells.length - training];
        for (int c = 1; c < cells.length; c++) {
            if (c >= training && cells[c].isEmpty()) {
                continue; // an epoch without a quality measurement
            }
            double value;
            try {
                // Double.toString wrote these; it also writes NaN and Infinity for a diverged run.
                value = Double.parseDouble(cells[c]);
            } catch (NumberFormatException e) {
                throw problem(
                        file,
                        lineNumber,
                        "column " + columns.get(c) + " is '" + cells[c] + "', not a number");
            }
            if (cells[c].isBlank() || !cells[c].equals(cells[c].trim())) {
                throw problem(
                        file,
                        lineNumber,
                        "column " + columns.get(c) + " is '" + cells[c] + "', not a number");
            }
            if (c < training) {
                values[c - 1] = value;
            } else {
                quality[c - training] = value;
            }
        }
        return new Row(epoch, values, quality);
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
