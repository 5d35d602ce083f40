package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample grid: its geometry, its grey levels and that its bytes depend only on the pixels. */
class SampleGridTest {

    private static final int SIDE = 28;

    private static float[] random(int count, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[count * SIDE * SIDE];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextFloat() * 2 - 1;
        }
        return pixels;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void sixteenImagesMakeAFourByFourGridScaledUp() throws IOException {
        BufferedImage image = decode(SampleGrid.png(random(16, 1), 16, SIDE, SIDE));
        int expected = 4 * SIDE * SampleGrid.SCALE + 5 * SampleGrid.GAP;
        assertEquals(expected, image.getWidth());
        assertEquals(expected, image.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
    }

    @Test
    void oneImageMakesAOneCellGrid() throws IOException {
        BufferedImage image = decode(SampleGrid.png(random(1, 1), 1, SIDE, SIDE));
        assertEquals(SIDE * SampleGrid.SCALE + 2 * SampleGrid.GAP, image.getWidth());
    }

    @Test
    void thePngDependsOnlyOnThePixels() {
        byte[] first = SampleGrid.png(random(16, 7), 16, SIDE, SIDE);
        byte[] again = SampleGrid.png(random(16, 7), 16, SIDE, SIDE);
        byte[] other = SampleGrid.png(random(16, 8), 16, SIDE, SIDE);
        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void minusOneIsBlackZeroIsMidGreyOneIsWhite() {
        assertEquals(0, SampleGrid.toGrey(-1f));
        assertEquals(128, SampleGrid.toGrey(0f));
        assertEquals(255, SampleGrid.toGrey(1f));
        assertEquals(0, SampleGrid.toGrey(-3f), "clamped below");
        assertEquals(255, SampleGrid.toGrey(3f), "clamped above");
    }

    /** Each image pixel is a SCALE x SCALE block at its place in its cell; gaps are mid grey. */
    @Test
    void pixelsLandInTheirCellsAsBlocks() throws IOException {
        float[] pixels = new float[4 * SIDE * SIDE];
        Arrays.fill(pixels, -1f);
        int image = 3; // bottom right of a 2 x 2 grid
        pixels[image * SIDE * SIDE + 5 * SIDE + 9] = 1f; // row 5, column 9
        pixels[image * SIDE * SIDE + 6 * SIDE + 9] = 0f; // row 6, column 9
        BufferedImage grid = decode(SampleGrid.png(pixels, 4, SIDE, SIDE));
        int cell = SIDE * SampleGrid.SCALE;
        int left = SampleGrid.GAP + (cell + SampleGrid.GAP);
        int top = left;
        for (int dy = 0; dy < SampleGrid.SCALE; dy++) {
            for (int dx = 0; dx < SampleGrid.SCALE; dx++) {
                int x = left + 9 * SampleGrid.SCALE + dx;
                assertEquals(255, grey(grid, x, top + 5 * SampleGrid.SCALE + dy));
                assertEquals(128, grey(grid, x, top + 6 * SampleGrid.SCALE + dy));
            }
        }
        assertEquals(0, grey(grid, left, top));
        assertEquals(0, grey(grid, SampleGrid.GAP, SampleGrid.GAP), "first cell is black");
        assertEquals(128, grey(grid, 0, 0), "border");
        assertEquals(128, grey(grid, left - 1, top), "gap between cells");
    }

    private static int grey(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 15, 17})
    void nonSquareCountsAreRefused(int count) {
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleGrid.png(random(count, 1), count, SIDE, SIDE));
    }

    @Test
    void pixelsThatDoNotMatchTheCountAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SampleGrid.png(random(15, 1), 16, SIDE, SIDE));
    }
}
