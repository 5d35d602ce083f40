package io.github.gandjl.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LatentPathTest {

    @Test
    void startsAndEndsExactlyOnTheTwoPointsAndStepsEvenly() {
        float[] a = {0.1f, -3f, 7.25f};
        float[] b = {1.3f, 2f, -0.5f};
        float[] path = LatentPath.linear(a, b, 5);
        assertEquals(15, path.length);
        assertArrayEquals(a, Arrays.copyOfRange(path, 0, 3));
        assertArrayEquals(b, Arrays.copyOfRange(path, 12, 15));
        assertArrayEquals(new float[] {0.7f, -0.5f, 3.375f}, Arrays.copyOfRange(path, 6, 9), 1e-6f);
    }

    @Test
    void needsTwoStepsAndPointsOfOneSize() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LatentPath.linear(new float[2], new float[2], 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> LatentPath.linear(new float[2], new float[3], 4));
    }

    @Test
    void gridColumnsAreTheCeilingOfTheSquareRoot() {
        int[][] cases = {
            {1, 1}, {2, 2}, {4, 2}, {5, 3}, {9, 3}, {10, 4}, {16, 4}, {17, 5}, {1024, 32}
        };
        for (int[] c : cases) {
            assertEquals(c[1], Sampler.columns(c[0]), "count " + c[0]);
        }
    }
}
