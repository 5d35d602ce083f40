package io.github.gandjl.run;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a run directory back: {@code manifest.json}, {@code losses.csv}, {@code timings.csv} and
 * the list of {@code samples/epoch-NNNN.png}. Damaged input is a {@link GanException} naming the
 * file, the line and the column. Columns are found by name, so files that gain columns (quality
 * metrics, later) still read.
 */
public final class RunReader {

    private static final Pattern SAMPLE_NAME = Pattern.compile("epoch-(\\d{4,})\\.png");

    private RunReader() {}

    /** Reads everything but the parameter files. */
    public static RunContents read(Path runDirectory) {
        RunFiles files = new RunFiles(runDirectory.toAbsolutePath().normalize());
        if (!Files.isDirectory(files.directory())) {
            throw new GanException(
                    "The run directory "
                            + files.directory()
                            + " does not exist: train it first with gan:train, or name an"
                            + " existing run directory.");
        }
        Manifest manifest = ManifestJson.read(files.manifest());
        List<EpochLosses> losses = readLosses(files.losses());
        List<EpochTiming> timings = readTimings(files.timings());
        return new RunContents(files, manifest, losses, timings, samples(files));
    }

    /** The rows of a {@code losses.csv}, read as strictly as {@code gan:verify} reads them. */
    public static List<EpochLosses> readLosses(Path file) {
        List<EpochLosses> losses = new ArrayList<>();
        for (LossesCsv.Row row : LossesCsv.read(file)) {
            losses.add(
                    new EpochLosses(
                            row.epoch(),
                            row.value(0),
                            row.value(1),
                            row.value(2),
                            row.value(3),
                            row.value(4),
                            row.value(5),
                            quality(row)));
        }
        return losses;
    }

    /** The quality cells of a row: null when the file has none or they are empty. */
    private static EpochQuality quality(LossesCsv.Row row) {
        List<String> columns = RunFiles.QUALITY_COLUMNS;
        if (row.quality(columns.get(0)).isEmpty()) {
            return null;
        }
        double[] values = new double[columns.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = row.quality(columns.get(c)).orElse(Double.NaN);
        }
        return new EpochQuality(values[0], values[1], values[2], values[3]);
    }

    /** The rows of a {@code timings.csv}. */
    public static List<EpochTiming> readTimings(Path file) {
        return rows(
                file,
                RunFiles.REQUIRED_TIMING_COLUMNS,
                row ->
                        new EpochTiming(
                                row.epoch(),
                                row.number("seconds"),
                                row.number("images_per_second"),
                                row.has("quality_seconds")
                                        ? row.number("quality_seconds")
                                        : Double.NaN));
    }

    /** The sample grids of a run, in epoch order; none when the directory is absent. */
    public static List<SampleFile> samples(RunFiles files) {
        List<SampleFile> samples = new ArrayList<>();
        if (!Files.isDirectory(files.samples())) {
            return samples;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(files.samples(), "*.png")) {
            for (Path file : dir) {
                Matcher m = SAMPLE_NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    samples.add(new SampleFile(Integer.parseInt(m.group(1)), file));
                }
            }
        } catch (IOException e) {
            throw new GanException("Cannot list the sample grids in " + files.samples() + ": " + e);
        }
        samples.sort(Comparator.comparingInt(SampleFile::epoch));
        return samples;
    }

    private static <T> List<T> rows(Path file, List<String> columns, Function<Row, T> convert) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : columns) {
                if (!header.contains(column)) {
                    throw new GanException(
                            "The file "
                                    + file
                                    + " has no column '"
                                    + column
                                    + "': its header is "
                                    + String.join(",", header)
                                    + ", expected at least "
                                    + String.join(",", columns)
                                    + ".");
                }
            }
            List<T> result = new ArrayList<>();
            int previous = 0;
            for (CSVRecord record : parser) {
                Row row = new Row(file, record);
                T value = convert.apply(row);
                if (row.epoch() != previous + 1) {
                    throw new GanException(
                            "The file "
                                    + file
                                    + " is damaged: line "
                                    + (record.getRecordNumber() + 1)
                                    + " is epoch "
                                    + row.epoch()
                                    + ", expected epoch "
                                    + (previous + 1)
                                    + " (one row per epoch, in order).");
                }
                previous = row.epoch();
                result.add(value);
            }
            return result;
        } catch (NoSuchFileException e) {
            throw new GanException(
                    "The file " + file + " does not exist: the run directory is incomplete.", e);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new GanException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One CSV record, with errors that name the file, line and column. */
    private static final class Row {
        private final Path file;
        private final CSVRecord record;

        Row(Path file, CSVRecord record) {
            this.file = file;
            this.record = record;
        }

        int epoch() {
            String text = cell("epoch");
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw bad("epoch", text, "a whole number");
            }
        }

        /** Whether the file has this column and the row a non-empty cell in it. */
        boolean has(String column) {
            return record.isMapped(column) && record.isSet(column) && !record.get(column).isBlank();
        }

        double number(String column) {
            String text = cell(column);
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw bad(column, text, "a number");
            }
        }

        private String cell(String column) {
            if (!record.isSet(column)) {
                throw bad(column, "", "a value (the line is cut short)");
            }
            return record.get(column).trim();
        }

        private GanException bad(String column, String text, String expected) {
            return new GanException(
                    "The file "
                            + file
                            + " is damaged: line "
                            + (record.getRecordNumber() + 1)
                            + ", column '"
                            + column
                            + "' is '"
                            + text
                            + "', expected "
                            + expected
                            + ".");
        }
    }
}
