package io.github.gandjl.data;

import io.github.gandjl.common.AtomicFiles;
import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the small class-balanced subset that tests and the quick experiment use: the first N images
 * of each class, in file order, from the verified full set. The output bytes depend only on the
 * input and N, so rerunning it reproduces the committed files.
 *
 * <p>Usage: {@code SubsetWriter <fullDir> <outDir> <trainPerClass> <testPerClass>}
 */
public final class SubsetWriter {

    private SubsetWriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println(
                    "Usage: SubsetWriter <fullDir> <outDir> <trainPerClass> <testPerClass>");
            System.exit(2);
        }
        write(
                Path.of(args[0]),
                Path.of(args[1]),
                Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        System.out.print(Files.readString(Path.of(args[1]).resolve(ExpectedSums.FILE_NAME)));
    }

    /** Writes the four subset files and their SHA256SUMS into {@code outDir}. */
    public static void write(Path fullDir, Path outDir, int trainPerClass, int testPerClass)
            throws IOException {
        Dataset full =
                Dataset.locate(
                        DataOptions.defaults(fullDir, outDir).withSystemDirectories(List.of()),
                        GanLog.silent());
        // Sorted by name so SHA256SUMS has one fixed order.
        Map<String, String> sums = new TreeMap<>();
        for (Split split : Split.values()) {
            int perClass = split == Split.TRAIN ? trainPerClass : testPerClass;
            Subset subset = Subset.take(full.images(split), full.labels(split), perClass);
            sums.put(
                    split.imagesFile(),
                    writeVerified(
                            outDir,
                            split.imagesFile(),
                            bytes -> IdxWriter.writeImages(bytes, subset.images())));
            sums.put(
                    split.labelsFile(),
                    writeVerified(
                            outDir,
                            split.labelsFile(),
                            bytes -> IdxWriter.writeLabels(bytes, subset.labels())));
        }
        StringBuilder lines = new StringBuilder();
        sums.forEach((name, sum) -> lines.append(sum).append("  ").append(name).append('\n'));
        AtomicFiles.write(
                outDir.resolve(ExpectedSums.FILE_NAME),
                lines.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes one file and returns the SHA-256 of its decompressed content, read back from disk. */
    private static String writeVerified(Path outDir, String name, AtomicFiles.Writer writer)
            throws IOException {
        Path file = outDir.resolve(name);
        AtomicFiles.write(file, writer);
        return GzipContent.hash(file, file.toString()).sha256();
    }
}
