package io.github.gandjl.run;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Lays generated images out as a square grid PNG, each 28 x 28 image scaled up so the grid reads at
 * a glance. Pure function of the pixels: the same pixels give the same bytes.
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
     * @param pixels images one after another, values in [-1, 1]
     * @param count how many images; a perfect square
     */
    public static byte[] png(float[] pixels, int count, int rows, int cols) {
        int side = (int) Math.round(Math.sqrt(count));
        if (side * side != count || pixels.length != count * rows * cols) {
            throw new IllegalArgumentException(
                    "expected a square number of " + rows + "x" + cols + " images");
        }
        int cellWidth = cols * SCALE;
        int cellHeight = rows * SCALE;
        int width = side * cellWidth + (side + 1) * GAP;
        int height = side * cellHeight + (side + 1) * GAP;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        int[] background = new int[width * height];
        Arrays.fill(background, BACKGROUND);
        raster.setSamples(0, 0, width, height, 0, background);
        for (int n = 0; n < count; n++) {
            int left = GAP + (n % side) * (cellWidth + GAP);
            int top = GAP + (n / side) * (cellHeight + GAP);
            for (int y = 0; y < rows * SCALE; y++) {
                for (int x = 0; x < cols * SCALE; x++) {
                    float v = pixels[n * rows * cols + (y / SCALE) * cols + x / SCALE];
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
