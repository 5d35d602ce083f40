package io.github.gandjl.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Parses decompressed IDX content: a big-endian header (magic, then one count per dimension) and
 * unsigned bytes. Each check runs before the memory it guards is allocated, and the body is read in
 * chunks, so a lying header costs no more memory than the data actually present.
 */
final class IdxReader {

    /** Unsigned bytes ({@code 0x08}), 3 dimensions. */
    static final int IMAGES_MAGIC = 0x0803;

    /** Unsigned bytes ({@code 0x08}), 1 dimension. */
    static final int LABELS_MAGIC = 0x0801;

    static final int ROWS = 28;
    static final int COLS = 28;
    static final int CLASSES = 10;

    /** Fashion-MNIST has 60,000 training images; a count far above that is a corrupt header. */
    static final int MAX_COUNT = 100_000;

    /** The dimensions an images file declares. */
    record ImageHeader(int count, int rows, int cols) {}

    private IdxReader() {}

    static ImageHeader readImageHeader(InputStream in, String file) throws IOException {
        int magic = readInt(in, file, "magic number", 16);
        checkMagic(file, magic, IMAGES_MAGIC, "images");
        int count = readInt(in, file, "image count", 16);
        int rows = readInt(in, file, "row count", 16);
        int cols = readInt(in, file, "column count", 16);
        checkCount(file, count, "images");
        if (rows != ROWS || cols != COLS) {
            throw new DataException(
                    file
                            + ": images of "
                            + rows
                            + "x"
                            + cols
                            + " pixels, expected "
                            + ROWS
                            + "x"
                            + COLS);
        }
        return new ImageHeader(count, rows, cols);
    }

    /** Reads an images file to its end. */
    static Images readImages(InputStream in, String file) throws IOException {
        ImageHeader header = readImageHeader(in, file);
        int length = header.count() * header.rows() * header.cols();
        byte[] pixels = readBody(in, file, length, header.count() + " images");
        return new Images(header.count(), header.rows(), header.cols(), pixels);
    }

    /** Reads a labels file to its end; every label is a class from 0 to 9. */
    static byte[] readLabels(InputStream in, String file) throws IOException {
        int magic = readInt(in, file, "magic number", 8);
        checkMagic(file, magic, LABELS_MAGIC, "labels");
        int count = readInt(in, file, "label count", 8);
        checkCount(file, count, "labels");
        byte[] labels = readBody(in, file, count, count + " labels");
        for (int i = 0; i < labels.length; i++) {
            if (Byte.toUnsignedInt(labels[i]) >= CLASSES) {
                throw new DataException(
                        file
                                + ": label "
                                + i
                                + " is "
                                + Byte.toUnsignedInt(labels[i])
                                + ", expected a class from 0 to "
                                + (CLASSES - 1));
            }
        }
        return labels;
    }

    private static void checkMagic(String file, int found, int expected, String kind) {
        if (found != expected) {
            throw new DataException(
                    file
                            + ": IDX magic number "
                            + found
                            + " (0x"
                            + Integer.toHexString(found)
                            + "), expected "
                            + expected
                            + " (0x"
                            + Integer.toHexString(expected)
                            + ", "
                            + kind
                            + ")");
        }
    }

    private static void checkCount(String file, int count, String kind) {
        if (count < 0 || count > MAX_COUNT) {
            throw new DataException(
                    file
                            + ": header declares "
                            + Integer.toUnsignedString(count)
                            + " "
                            + kind
                            + ", expected at most "
                            + MAX_COUNT);
        }
    }

    private static byte[] readBody(InputStream in, String file, int length, String declared)
            throws IOException {
        // readNBytes grows its buffer as data arrives rather than trusting the length up front.
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new DataException(
                    file
                            + ": content ends after "
                            + body.length
                            + " of "
                            + length
                            + " bytes, expected "
                            + declared
                            + " as the header declares");
        }
        long extra = in.transferTo(OutputStream.nullOutputStream());
        if (extra > 0) {
            throw new DataException(
                    file
                            + ": "
                            + extra
                            + " bytes of trailing data after the "
                            + declared
                            + " the header declares, expected the content to end there");
        }
        return body;
    }

    private static int readInt(InputStream in, String file, String field, int headerBytes)
            throws IOException {
        byte[] b = in.readNBytes(4);
        if (b.length < 4) {
            throw new DataException(
                    file
                            + ": content ends inside the IDX header while reading the "
                            + field
                            + ", expected a "
                            + headerBytes
                            + "-byte header");
        }
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }
}
