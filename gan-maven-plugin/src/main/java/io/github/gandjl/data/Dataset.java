package io.github.gandjl.data;

import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A located Fashion-MNIST directory. Nothing is handed out before its file has been checked against
 * the expected SHA-256 of its decompressed content.
 */
public final class Dataset {

    private final Path directory;
    private final String origin;
    private final ExpectedSums sums;
    private final Map<String, DataFile> used = new LinkedHashMap<>();

    Dataset(Path directory, String origin, ExpectedSums sums) {
        this.directory = Objects.requireNonNull(directory);
        this.origin = Objects.requireNonNull(origin);
        this.sums = Objects.requireNonNull(sums);
    }

    /**
     * Finds the dataset: the configured directory if set (and nothing else), then the cache, then
     * each system directory, then a download into the cache if allowed.
     *
     * @throws DataException if no place holds the files, naming every place looked in
     */
    public static Dataset locate(DataOptions options, GanLog log) {
        return new Locator(options, log).locate();
    }

    public Path directory() {
        return directory;
    }

    /** How the directory was found: "configured", "cache", "system" or "downloaded". */
    public String origin() {
        return origin;
    }

    /** Reads and verifies the images of a split. */
    public Images images(Split split) {
        return verified(split.imagesFile(), IdxReader::readImages);
    }

    /**
     * Reads and verifies the labels of a split.
     *
     * @throws DataException also if the number of labels differs from the number of images
     */
    public byte[] labels(Split split) {
        byte[] labels = verified(split.labelsFile(), IdxReader::readLabels);
        // The header is enough to compare counts; images() verifies the rest when it is called.
        Path imagesFile = directory.resolve(split.imagesFile());
        int images =
                GzipContent.peek(
                                imagesFile,
                                imagesFile.toString(),
                                in -> IdxReader.readImageHeader(in, imagesFile.toString()))
                        .count();
        if (images != labels.length) {
            throw new DataException(
                    directory.resolve(split.labelsFile())
                            + ": "
                            + labels.length
                            + " labels, expected "
                            + images
                            + " to match "
                            + split.imagesFile());
        }
        return labels;
    }

    /** The files read so far, in the order first read, for the run manifest. */
    public synchronized List<DataFile> filesUsed() {
        return List.copyOf(used.values());
    }

    private <T> T verified(String name, Reader<T> reader) {
        Path file = directory.resolve(name);
        String label = file.toString();
        String expected = sums.expected(name);
        GzipContent.Hashed<T> content = GzipContent.read(file, label, in -> reader.read(in, label));
        if (!content.sha256().equals(expected)) {
            throw new DataException(
                    label
                            + ": SHA-256 of the decompressed content is "
                            + content.sha256()
                            + ", expected "
                            + expected
                            + " (from "
                            + sums.source()
                            + "); the file is damaged or is not the expected dataset");
        }
        synchronized (this) {
            used.putIfAbsent(name, new DataFile(name, content.sha256(), content.bytes()));
        }
        return content.value();
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(InputStream in, String file) throws IOException;
    }

    @Override
    public String toString() {
        return "Dataset[" + directory + ", " + origin + "]";
    }
}
