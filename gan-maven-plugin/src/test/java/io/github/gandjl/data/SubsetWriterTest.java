package io.github.gandjl.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses the committed subset as the "full" set, since tests may not rely on the system copy. */
class SubsetWriterTest {

    @TempDir Path tmp;

    @Test
    void takesTheFirstImagesOfEachClassInFileOrder() throws IOException {
        Path out = tmp.resolve("out");
        SubsetWriter.write(TestData.subset(), out, 3, 2);

        Dataset source = Dataset.locate(TestData.options(TestData.subset(), tmp), GanLog.silent());
        Dataset subset = Dataset.locate(TestData.options(out, tmp), GanLog.silent());
        byte[] sourceLabels = source.labels(Split.TRAIN);
        Images sourceImages = source.images(Split.TRAIN);
        byte[] labels = subset.labels(Split.TRAIN);
        Images images = subset.images(Split.TRAIN);
        assertEquals(30, images.count());
        assertEquals(20, subset.images(Split.TEST).count());

        int[] taken = new int[10];
        int n = 0;
        for (int i = 0; i < sourceLabels.length && n < 30; i++) {
            if (taken[sourceLabels[i]]++ < 3) {
                assertEquals(sourceLabels[i], labels[n], "label " + n);
                assertArrayEquals(image(sourceImages, i), image(images, n), "image " + n);
                n++;
            }
        }
        assertEquals(30, n);
    }

    @Test
    void writesTheSameBytesEveryTime() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        SubsetWriter.write(TestData.subset(), first, 5, 1);
        SubsetWriter.write(TestData.subset(), second, 5, 1);
        List<String> names;
        try (Stream<Path> files = Files.list(first)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(5, names.size());
        for (String name : names) {
            assertEquals(-1L, Files.mismatch(first.resolve(name), second.resolve(name)), name);
        }
    }

    @Test
    void refusesMoreImagesPerClassThanTheSourceHas() {
        DataException e =
                assertThrows(
                        DataException.class,
                        () -> SubsetWriter.write(TestData.subset(), tmp.resolve("out"), 201, 1));
        assertTrue(e.getMessage().contains("201 per class"), e.getMessage());
    }

    private static byte[] image(Images images, int index) {
        int size = images.imageSize();
        return Arrays.copyOfRange(images.pixels(), index * size, (index + 1) * size);
    }
}
