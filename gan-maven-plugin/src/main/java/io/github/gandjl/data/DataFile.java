package io.github.gandjl.data;

/**
 * A data file a run has read, for its manifest.
 *
 * @param name the file name, e.g. {@code train-images-idx3-ubyte.gz}
 * @param sha256 lower-case hex SHA-256 of the decompressed IDX content, which is what identifies
 *     the data: mirrors recompress the same content into different .gz bytes
 * @param bytes length of that decompressed content
 */
public record DataFile(String name, String sha256, long bytes) {}
