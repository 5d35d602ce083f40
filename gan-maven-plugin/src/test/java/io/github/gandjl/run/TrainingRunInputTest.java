package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanException;
import io.github.gandjl.common.GanLog;
import io.github.gandjl.config.ConfigException;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataException;
import io.github.gandjl.data.DataOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to a training run is refused with a message the user can act on, before the run
 * directory is touched: nothing half-written is left behind and an earlier run stays as it was.
 * Uses the committed subset (2,000 training images) and never the system's or the network's data.
 */
class TrainingRunInputTest {

    private static final String SUBSET_IMAGES = "2000";

    @TempDir Path dir;

    private static Path subset() {
        String subset = System.getProperty("gan.subset.directory");
        assertTrue(subset != null, "system property gan.subset.directory is not set");
        return Path.of(subset);
    }

    /** Only the directory the test names: no system directories, no download. */
    private DataOptions data(Path configured) {
        return DataOptions.defaults(configured, dir.resolve("cache"))
                .withSystemDirectories(List.of());
    }

    private static TrainingConfig.Builder quick() {
        return TrainingConfig.builder().experiment("quick").epochs(1).threads(1);
    }

    private Manifest run(TrainingConfig config, DataOptions data, Path output) {
        return new TrainingRun(new RunRequest(config, data, output, dir), GanLog.silent())
                .execute(true);
    }

    @Test
    void aBatchLargerThanTheTrainingSetIsRefusedAndNothingIsWritten() {
        Path output = dir.resolve("gan");
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> run(quick().batchSize(5000).build(), data(subset()), output));
        String message = e.getMessage();
        assertTrue(message.contains("gan.batchSize is '5000'"), message);
        assertTrue(message.contains(SUBSET_IMAGES), message);
        assertFalse(Files.exists(output), "left behind: " + output);
    }

    /** A refused run must not move the previous run of the same experiment and seed aside. */
    @Test
    void aRefusedRunLeavesTheEarlierRunAsItWas() throws IOException {
        Path output = dir.resolve("gan");
        RunFiles earlier = RunFiles.of(output, "quick", 42);
        Files.createDirectories(earlier.directory());
        byte[] manifest = "{\"earlier\": true}".getBytes(StandardCharsets.UTF_8);
        Files.write(earlier.manifest(), manifest);

        assertThrows(
                ConfigException.class,
                () -> run(quick().batchSize(5000).build(), data(subset()), output));

        assertArrayEquals(manifest, Files.readAllBytes(earlier.manifest()));
        try (Stream<Path> runs = Files.list(earlier.directory().getParent())) {
            assertEquals(List.of(earlier.directory()), runs.toList(), "nothing moved aside");
        }
    }

    @Test
    void anOutputDirectoryThatIsAFileIsNamed() throws IOException {
        Path output = Files.writeString(dir.resolve("gan"), "a file, not a directory");
        GanException e =
                assertThrows(
                        GanException.class, () -> run(quick().build(), data(subset()), output));
        assertNamesTheOutputDirectory(e.getMessage(), output);
        assertEquals("a file, not a directory", Files.readString(output), "the file is untouched");
    }

    @Test
    void anOutputDirectoryUnderAFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("target"), "a file, not a directory");
        Path output = file.resolve("gan");
        GanException e =
                assertThrows(
                        GanException.class, () -> run(quick().build(), data(subset()), output));
        assertNamesTheOutputDirectory(e.getMessage(), output);
        assertTrue(Files.isRegularFile(file));
    }

    private static void assertNamesTheOutputDirectory(String message, Path output) {
        assertTrue(message.contains("gan.outputDirectory = " + output), message);
        assertTrue(
                message.contains(RunFiles.of(output, "quick", 42).directory().toString()), message);
        assertTrue(message.contains("-Dgan.outputDirectory=<path>"), message);
    }

    @Test
    void missingDataListsThePlacesLookedInAndWritesNothing() {
        Path output = dir.resolve("gan");
        Path cache = dir.resolve("cache");
        DataException e =
                assertThrows(DataException.class, () -> run(quick().build(), data(null), output));
        String message = e.getMessage();
        assertTrue(message.contains("Fashion-MNIST not found. Looked in:"), message);
        assertTrue(message.contains("cache directory " + cache), message);
        assertTrue(message.contains("Download is off."), message);
        assertTrue(message.contains("-Dgan.dataDirectory"), message);
        assertTrue(message.contains("apt-get install dataset-fashion-mnist"), message);
        assertFalse(Files.exists(output), "left behind: " + output);
        assertFalse(Files.exists(cache), "created: " + cache);
    }

    @Test
    void aConfiguredDataDirectoryThatDoesNotExistIsNamed() {
        Path output = dir.resolve("gan");
        Path missing = dir.resolve("no-such-data");
        DataException e =
                assertThrows(
                        DataException.class, () -> run(quick().build(), data(missing), output));
        String message = e.getMessage();
        assertTrue(message.contains("gan.dataDirectory = " + missing), message);
        assertTrue(message.contains("does not exist"), message);
        assertTrue(message.contains("apt-get install dataset-fashion-mnist"), message);
        assertFalse(Files.exists(output), "left behind: " + output);
    }

    @Test
    void aTruncatedDataFileIsNamedAndNothingIsWritten() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("broken"));
        try (Stream<Path> files = Files.list(subset())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path images = copy.resolve("train-images-idx3-ubyte.gz");
        byte[] bytes = Files.readAllBytes(images);
        Files.write(images, Arrays.copyOf(bytes, bytes.length / 2));
        Path output = dir.resolve("gan");

        DataException e =
                assertThrows(DataException.class, () -> run(quick().build(), data(copy), output));
        String message = e.getMessage();
        assertTrue(message.contains(images + ": truncated gzip"), message);
        assertFalse(Files.exists(output), "left behind: " + output);
    }
}
