package io.github.gandjl.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gandjl.common.GanLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatorTest {

    @TempDir Path tmp;

    private static Dataset locate(DataOptions options) {
        return Dataset.locate(options, GanLog.silent());
    }

    @Test
    void configuredDirectoryComesFirst() throws IOException {
        Path configured = TestData.copySubset(tmp.resolve("configured"), true);
        Path cache = TestData.copySubset(tmp.resolve("cache"), true);
        Dataset data = locate(TestData.options(configured, cache));
        assertEquals("configured", data.origin());
        assertEquals(configured, data.directory());
    }

    @Test
    void configuredDirectoryWithoutTheFilesIsAnErrorEvenIfTheCacheHasThem() throws IOException {
        Path configured = tmp.resolve("configured");
        Files.createDirectories(configured);
        Files.copy(
                TestData.subset().resolve(Split.TEST.imagesFile()),
                configured.resolve(Split.TEST.imagesFile()));
        Path cache = TestData.copySubset(tmp.resolve("cache"), true);

        DataException e =
                assertThrows(
                        DataException.class, () -> locate(TestData.options(configured, cache)));
        String message = e.getMessage();
        assertTrue(message.contains("gan.dataDirectory = " + configured), message);
        assertTrue(message.contains(Split.TRAIN.imagesFile()), message);
        assertTrue(message.contains(Split.TEST.labelsFile()), message);
        // Present, so not reported as lacking.
        assertFalse(message.contains("lacks " + Split.TEST.imagesFile()), message);
    }

    @Test
    void configuredDirectoryThatDoesNotExist() {
        Path configured = tmp.resolve("nowhere");
        DataException e =
                assertThrows(
                        DataException.class,
                        () -> locate(TestData.options(configured, tmp.resolve("cache"))));
        assertTrue(e.getMessage().contains(configured + " does not exist"), e.getMessage());
    }

    @Test
    void cacheComesBeforeSystemDirectories() throws IOException {
        Path cache = TestData.copySubset(tmp.resolve("cache"), true);
        Path system = TestData.copySubset(tmp.resolve("system"), true);
        Dataset data = locate(TestData.options(null, cache).withSystemDirectories(List.of(system)));
        assertEquals("cache", data.origin());
        assertEquals(cache, data.directory());
    }

    @Test
    void systemDirectoriesAreTriedInOrder() throws IOException {
        Path incomplete = TestData.copySubset(tmp.resolve("system1"), true);
        Files.delete(incomplete.resolve(Split.TRAIN.labelsFile()));
        Path complete = TestData.copySubset(tmp.resolve("system2"), true);
        Path alsoComplete = TestData.copySubset(tmp.resolve("system3"), true);
        Dataset data =
                locate(
                        TestData.options(null, tmp.resolve("cache"))
                                .withSystemDirectories(
                                        List.of(incomplete, complete, alsoComplete)));
        assertEquals("system", data.origin());
        assertEquals(complete, data.directory());
        assertEquals(2000, data.images(Split.TRAIN).count());
    }

    @Test
    void nothingFoundListsEveryPlaceAndHowToGetTheData() throws IOException {
        Path cache = tmp.resolve("cache");
        Path system1 = tmp.resolve("system1");
        Path system2 = TestData.copySubset(tmp.resolve("system2"), true);
        Files.delete(system2.resolve(Split.TEST.labelsFile()));

        DataException e =
                assertThrows(
                        DataException.class,
                        () ->
                                locate(
                                        TestData.options(null, cache)
                                                .withSystemDirectories(List.of(system1, system2))));
        String message = e.getMessage();
        for (String fragment :
                List.of(
                        "cache directory " + cache + ": does not exist",
                        "system directory " + system1 + ": does not exist",
                        "system directory " + system2 + ": lacks " + Split.TEST.labelsFile(),
                        "Download is off",
                        "apt-get install dataset-fashion-mnist",
                        "-Dgan.dataDirectory",
                        "-Dgan.download=true")) {
            assertTrue(message.contains(fragment), () -> "lacks '" + fragment + "': " + message);
        }
    }

    @Test
    void defaultsLookInTheDebianDirectoryAndDoNotDownload() {
        DataOptions defaults = DataOptions.defaults(null, tmp);
        assertEquals(
                List.of(Path.of("/usr/share/datasets/fashion-mnist")),
                defaults.systemDirectories());
        assertFalse(defaults.downloadAllowed());
        assertEquals(
                "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
                defaults.mirror().toString());
        assertEquals(OfficialSums.FULL_SET, defaults.expectedSums());
    }
}
