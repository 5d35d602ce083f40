package io.github.gandjl.data;

/**
 * Images as stored in an IDX file: {@code count} images of {@code rows} by {@code cols} unsigned
 * bytes, row-major, one image after another.
 *
 * <p>The array is shared, not copied, because the training set is 47 MB; callers must not modify
 * it. As for any record holding an array, {@code equals} compares the array by identity.
 */
public record Images(int count, int rows, int cols, byte[] pixels) {

    public Images {
        if (count < 0 || rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(
                    "count " + count + ", rows " + rows + ", cols " + cols + ": must be positive");
        }
        if (pixels == null || pixels.length != (long) count * rows * cols) {
            throw new IllegalArgumentException(
                    "pixels holds "
                            + (pixels == null ? "null" : pixels.length + " bytes")
                            + ", expected count*rows*cols = "
                            + (long) count * rows * cols);
        }
    }

    /** The number of pixels in one image. */
    public int imageSize() {
        return rows * cols;
    }

    /** The pixel at {@code (row, col)} of image {@code index}, from 0 to 255. */
    public int pixel(int index, int row, int col) {
        return Byte.toUnsignedInt(pixels[index * imageSize() + row * cols + col]);
    }
}
