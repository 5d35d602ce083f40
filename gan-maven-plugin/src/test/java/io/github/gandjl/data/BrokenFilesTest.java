package io.github.gandjl.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of broken file gives a DataException naming the file, what was found and what was
 * expected, never a bare JDK exception. Where the structure is what is broken, the directory's
 * SHA256SUMS vouches for the broken content so that the structural check is the one that fires.
 */
class BrokenFilesTest {

    private static final String IMAGES = Split.TRAIN.imagesFile();
    private static final String LABELS = Split.TRAIN.labelsFile();

    @TempDir Path dir;

    private Dataset dataset() {
        return Dataset.locate(TestData.options(dir, dir.resolve("cache")), GanLog.silent());
    }

    /** The subset with one file replaced, and sums that match the replacement. */
    private void replace(String name, byte[] gz, boolean vouch) throws IOException {
        TestData.copySubset(dir, !vouch);
        Files.write(dir.resolve(name), gz);
        if (vouch) {
            TestData.writeSums(dir);
        }
    }

    private static DataException fails(Executable read, String... fragments) {
        DataException e = assertThrows(DataException.class, read);
        for (String fragment : fragments) {
            assertTrue(
                    e.getMessage().contains(fragment),
                    () -> "message lacks '" + fragment + "': " + e.getMessage());
        }
        return e;
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] gz = Files.readAllBytes(TestData.subset().resolve(IMAGES));
        replace(IMAGES, Arrays.copyOf(gz, gz.length / 2), false);
        fails(
                () -> dataset().images(Split.TRAIN),
                dir.resolve(IMAGES).toString(),
                "truncated gzip");
    }

    @Test
    void emptyFile() throws IOException {
        replace(IMAGES, new byte[0], false);
        fails(() -> dataset().images(Split.TRAIN), IMAGES, "truncated gzip");
    }

    @Test
    void notGzipAtAll() throws IOException {
        replace(IMAGES, TestData.idx(784, 2051, 1, 28, 28), false);
        fails(() -> dataset().images(Split.TRAIN), IMAGES, "corrupt gzip", "Not in GZIP format");
    }

    @Test
    void flippedByteInTheGzipTrailer() throws IOException {
        byte[] gz = Files.readAllBytes(TestData.subset().resolve(IMAGES));
        gz[gz.length - 6] ^= 0x5a; // inside the CRC-32 of the content
        replace(IMAGES, gz, false);
        fails(() -> dataset().images(Split.TRAIN), IMAGES, "corrupt gzip");
    }

    @Test
    void flippedBytesInTheCompressedBody() throws IOException {
        byte[] gz = Files.readAllBytes(TestData.subset().resolve(IMAGES));
        for (int i = gz.length / 3; i < gz.length / 3 + 16; i++) {
            gz[i] ^= (byte) 0xff;
        }
        replace(IMAGES, gz, false);
        // Depending on where deflate trips, this is a corrupt stream or a CRC failure.
        fails(() -> dataset().images(Split.TRAIN), dir.resolve(IMAGES).toString(), "gzip");
    }

    @Test
    void wrongMagic() throws IOException {
        replace(IMAGES, TestData.gzip(TestData.idx(2000, 2049, 2000)), true);
        fails(() -> dataset().images(Split.TRAIN), IMAGES, "magic number 2049", "expected 2051");
    }

    @Test
    void wrongDimensions() throws IOException {
        replace(IMAGES, TestData.gzip(TestData.idx(2000 * 32 * 32, 2051, 2000, 32, 32)), true);
        fails(() -> dataset().images(Split.TRAIN), IMAGES, "32x32", "expected 28x28");
    }

    @Test
    void hugeDeclaredCountIsRefusedBeforeAllocating() throws IOException {
        // 2e9 images of 784 bytes: allocating first would overflow or run out of memory.
        replace(IMAGES, TestData.gzip(TestData.idx(784, 2051, 2_000_000_000, 28, 28)), true);
        fails(
                () -> dataset().images(Split.TRAIN),
                IMAGES,
                "declares 2000000000 images",
                "at most 100000");
    }

    @Test
    void negativeDeclaredCountIsRefused() throws IOException {
        replace(LABELS, TestData.gzip(TestData.idx(10, 2049, -1)), true);
        fails(() -> dataset().labels(Split.TRAIN), LABELS, "declares 4294967295 labels");
    }

    @Test
    void contentShorterThanDeclared() throws IOException {
        replace(IMAGES, TestData.gzip(TestData.idx(5 * 784, 2051, 10, 28, 28)), true);
        fails(
                () -> dataset().images(Split.TRAIN),
                IMAGES,
                "ends after 3920 of 7840 bytes",
                "10 images");
    }

    @Test
    void headerCutShort() throws IOException {
        replace(IMAGES, TestData.gzip(new byte[] {0, 0, 8, 3, 0, 0}), true);
        fails(() -> dataset().images(Split.TRAIN), IMAGES, "ends inside the IDX header");
    }

    @Test
    void trailingGarbage() throws IOException {
        replace(LABELS, TestData.gzip(TestData.idx(2003, 2049, 2000)), true);
        fails(
                () -> dataset().labels(Split.TRAIN),
                LABELS,
                "3 bytes of trailing data",
                "2000 labels");
    }

    @Test
    void labelOutOfRange() throws IOException {
        byte[] content = TestData.idx(2000, 2049, 2000);
        Arrays.fill(content, 8, content.length, (byte) 1);
        content[8 + 17] = 10;
        replace(LABELS, TestData.gzip(content), true);
        fails(() -> dataset().labels(Split.TRAIN), LABELS, "label 17 is 10", "0 to 9");
    }

    @Test
    void labelCountDiffersFromImageCount() throws IOException {
        byte[] content = TestData.idx(1999, 2049, 1999);
        Arrays.fill(content, 8, content.length, (byte) 3);
        replace(LABELS, TestData.gzip(content), true);
        fails(() -> dataset().labels(Split.TRAIN), LABELS, "1999 labels", "expected 2000", IMAGES);
    }

    @Test
    void checksumMismatchNamesFileExpectedAndActual() throws IOException {
        byte[] content = TestData.gunzip(Files.readAllBytes(TestData.subset().resolve(IMAGES)));
        content[16 + 400] ^= 1; // one pixel, structure intact
        replace(IMAGES, TestData.gzip(content), false);
        String expected = TestData.subsetSums().get(IMAGES);
        fails(
                () -> dataset().images(Split.TRAIN),
                dir.resolve(IMAGES).toString(),
                "is " + TestData.sha256(content),
                "expected " + expected);
    }

    @Test
    void checksumMismatchIsNotRecordedAsUsed() throws IOException {
        byte[] content = TestData.gunzip(Files.readAllBytes(TestData.subset().resolve(IMAGES)));
        content[16 + 400] ^= 1;
        replace(IMAGES, TestData.gzip(content), false);
        Dataset data = dataset();
        assertThrows(DataException.class, () -> data.images(Split.TRAIN));
        assertEquals(List.of(), data.filesUsed());
    }

    @Test
    void withoutSha256SumsTheOfficialSumsApply() throws IOException {
        TestData.copySubset(dir, false);
        // The subset is not the full set, so the official sums must reject it.
        fails(
                () -> dataset().images(Split.TEST),
                Split.TEST.imagesFile(),
                "official Fashion-MNIST sums",
                "expected " + OfficialSums.FULL_SET.get(Split.TEST.imagesFile()));
    }

    @Test
    void sha256SumsMustListEveryFileUsed() throws IOException {
        TestData.copySubset(dir, false);
        Files.writeString(
                dir.resolve("SHA256SUMS"),
                TestData.subsetSums().get(IMAGES) + "  " + IMAGES + "\n");
        Dataset data = dataset();
        assertEquals(2000, data.images(Split.TRAIN).count());
        fails(() -> data.labels(Split.TRAIN), "SHA256SUMS", "lists no SHA-256 for " + LABELS);
    }

    @Test
    void malformedSha256SumsNamesTheLine() throws IOException {
        TestData.copySubset(dir, false);
        Files.writeString(dir.resolve("SHA256SUMS"), "\nnot a checksum line\n");
        fails(this::dataset, "SHA256SUMS line 2", "not a checksum line");
    }
}
