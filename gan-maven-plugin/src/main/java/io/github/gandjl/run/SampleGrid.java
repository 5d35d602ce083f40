package io.github.gandjl.run;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Lays generated images out as a grid PNG (square, or any number of columns), each 28 x 28 image
 * scaled up so the grid reads at a glance, or writes one image at its own size. Pure function of
 * the pixels: the same pixels give the same bytes.
 */
public final class SampleGrid {

    /** Each image pixel becomes a SCALE x SCALE block. */
    public static final int SCALE = 4;

    /** Pixels between cells. */
    public static final int GAP = 2;

    /** Mid grey, so that cells stand apart from each other's black backgrounds. */
    private static final int BACKGROUND = 128;

    private SampleGrid() {}

    /**
     * A square grid, as the training writes after each sample epoch.
     *
     * @param pixels images one after another, values in [-1, 1]
     * @param count how many images; a perfect square
     */
    public static byte[] png(float[] pixels, int count, int rows, int cols) {
        int side = (int) Math.round(Math.sqrt(count));
        if (side * side != count) {
            throw new IllegalArgumentException(
                    "expected a square number of " + rows + "x" + cols + " images");
        }
        return png(pixels, count, rows, cols, side);
    }

    /**
     * A grid of {@code columns} cells per line, filled line by line; cells after the last image
     * stay background. One line of K columns is an interpolation strip.
     *
     * @param pixels images one after another, values in [-1, 1]
     */
    public static byte[] png(float[] pixels, int count, int rows, int cols, int columns) {
        if (count < 1 || columns < 1 || pixels.length != count * rows * cols) {
            throw new IllegalArgumentException(
                    "expected " + count + " images of " + rows + "x" + cols + " pixels");
        }
        int lines = (count + columns - 1) / columns;
        return render(pixels, count, rows, cols, columns, lines, SCALE, GAP);
    }

    /**
     * One image at its own size, one PNG pixel per image pixel, without border.
     *
     * @param pixels the image's pixels, values in [-1, 1]
     */
    public static byte[] single(float[] pixels, int rows, int cols) {
        if (pixels.length != rows * cols) {
            throw new IllegalArgumentException("expected one image of " + rows + "x" + cols);
        }
        return render(pixels, 1, rows, cols, 1, 1, 1, 0);
    }

    private static byte[] render(
            float[] pixels,
            int count,
            int rows,
            int cols,
            int columns,
            int lines,
            int scale,
            int gap) {
        int cellWidth = cols * scale;
        int cellHeight = rows * scale;
        int width = columns * cellWidth + (columns + 1) * gap;
        int height = lines * cellHeight + (lines + 1) * gap;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        int[] background = new int[width * height];
        Arrays.fill(background, BACKGROUND);
        raster.setSamples(0, 0, width, height, 0, background);
        for (int n = 0; n < count; n++) {
            int left = gap + (n % columns) * (cellWidth + gap);
            int top = gap + (n / columns) * (cellHeight + gap);
            for (int y = 0; y < cellHeight; y++) {
                for (int x = 0; x < cellWidth; x++) {
                    float v = pixels[n * rows * cols + (y / scale) * cols + x / scale];
                    raster.setSample(left + x, top + y, 0, toGrey(v));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static int toGrey(float value) {
        long grey = Math.round((value + 1.0) * 127.5);
        return (int) Math.max(0, Math.min(255, grey));
    }
}
