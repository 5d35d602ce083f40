package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SampleGridLayoutTest {

    private static float[] ramp(int count, int rows, int cols) {
        float[] pixels = new float[count * rows * cols];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % 255) / 127.5f - 1f;
        }
        return pixels;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aSquareCountLaysOutAsWithThatManyColumns() {
        float[] pixels = ramp(9, 5, 4);
        assertArrayEquals(SampleGrid.png(pixels, 9, 5, 4, 3), SampleGrid.png(pixels, 9, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> SampleGrid.png(ramp(8, 5, 4), 8, 5, 4));
    }

    @Test
    void aStripIsOneLineAndLeftoverCellsStayBackground() throws IOException {
        BufferedImage strip = decode(SampleGrid.png(ramp(6, 5, 4), 6, 5, 4, 6));
        assertEquals(6 * 4 * SampleGrid.SCALE + 7 * SampleGrid.GAP, strip.getWidth());
        assertEquals(5 * SampleGrid.SCALE + 2 * SampleGrid.GAP, strip.getHeight());

        BufferedImage grid = decode(SampleGrid.png(ramp(5, 5, 4), 5, 5, 4, 3));
        assertEquals(2 * 5 * SampleGrid.SCALE + 3 * SampleGrid.GAP, grid.getHeight());
        int x = SampleGrid.GAP * 3 + 2 * 4 * SampleGrid.SCALE + 1;
        int y = SampleGrid.GAP * 2 + 5 * SampleGrid.SCALE + 1;
        assertEquals(128, grid.getRaster().getSample(x, y, 0));
    }

    @Test
    void aSingleImageIsItsOwnSizeWithItsOwnPixels() throws IOException {
        float[] pixels = ramp(1, 5, 4);
        BufferedImage one = decode(SampleGrid.single(pixels, 5, 4));
        assertEquals(4, one.getWidth());
        assertEquals(5, one.getHeight());
        assertEquals(SampleGrid.toGrey(pixels[2 * 4 + 3]), one.getRaster().getSample(3, 2, 0));
    }
}
