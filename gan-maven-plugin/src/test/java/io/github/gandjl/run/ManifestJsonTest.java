package io.github.gandjl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.gandjl.common.GanException;
import io.github.gandjl.config.TrainingConfig;
import io.github.gandjl.data.DataFile;
import io.github.gandjl.metrics.MeasurementBasis;
import io.github.gandjl.metrics.QualityMeasurement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** manifest.json round-trips exactly and is read strictly: anything missing or unknown is named. */
class ManifestJsonTest {

    @TempDir Path dir;

    /** A finished run, with values chosen to catch lossy number and text handling. */
    static Manifest finished() {
        TrainingConfig config =
                TrainingConfig.builder()
                        .experiment("quick")
                        .seed(Long.MAX_VALUE)
                        .epochs(2)
                        .generatorLayers("256,512")
                        .threads(2)
                        .build();
        return new Manifest(
                Manifest.FORMAT_VERSION,
                "quick",
                "Ünïcode \"quoted\" <html> & a\nnewline",
                Long.MAX_VALUE,
                RunStatus.DIVERGED,
                config.parameters(),
                new GitState("0123456789abcdef0123456789abcdef01234567", true),
                new Environment(
                        "0.36.0",
                        "2.7.1",
                        "Linux 6.1",
                        "amd64",
                        "Some CPU @ 2.20GHz",
                        "avx2",
                        2,
                        "17.0.12+7"),
                List.of(
                        new DataFile("train-images-idx3-ubyte.gz", "ab".repeat(32), 1_568_016),
                        new DataFile("train-labels-idx1-ubyte.gz", "cd".repeat(32), 2_008)),
                Instant.parse("2026-12-04T10:15:30.123456789Z"),
                Instant.parse("2026-12-04T10:16:01Z"),
                2,
                0.1 + 0.2,
                2,
                new QualityMeasurement(
                        2,
                        123.456789012345678,
                        3.0000000000000004,
                        Math.log(10) - 1e-15,
                        9,
                        List.of(200, 0, 199, 201, 250, 150, 300, 250, 250, 200),
                        new MeasurementBasis(
                                "ef".repeat(32),
                                2000,
                                500,
                                "test",
                                "12".repeat(32),
                                Long.MIN_VALUE,
                                Long.MAX_VALUE,
                                0.02),
                        0.1 + 0.7));
    }

    /** A run still going: no end time, not in git. */
    static Manifest running() {
        Manifest m = finished();
        return new Manifest(
                m.formatVersion(),
                m.experiment(),
                "",
                -7,
                RunStatus.RUNNING,
                m.configuration(),
                GitState.NONE,
                m.environment(),
                List.of(),
                m.startedAt(),
                null,
                0,
                0,
                0);
    }

    static Stream<Manifest> manifests() {
        return Stream.of(finished(), running());
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void writeThenReadLosesNothing(Manifest manifest) {
        Path file = dir.resolve("manifest.json");
        ManifestJson.write(manifest, file);
        Manifest read = ManifestJson.read(file);
        assertEquals(manifest, read);
        assertEquals(
                List.copyOf(manifest.configuration().keySet()),
                List.copyOf(read.configuration().keySet()),
                "configuration keeps its order");
    }

    /** A diverged run's quality numbers may not be finite; the manifest still says so. */
    @Test
    void nonFiniteQualityNumbersRoundTrip() {
        Manifest m = finished();
        QualityMeasurement q = m.quality();
        Manifest diverged =
                new Manifest(
                        m.formatVersion(),
                        m.experiment(),
                        m.description(),
                        m.seed(),
                        RunStatus.DIVERGED,
                        m.configuration(),
                        m.git(),
                        m.environment(),
                        m.data(),
                        m.startedAt(),
                        m.finishedAt(),
                        m.epochsCompleted(),
                        m.secondsPerEpoch(),
                        2,
                        new QualityMeasurement(
                                q.epoch(),
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                q.coverageEntropy(),
                                q.classesCovered(),
                                q.classCounts(),
                                q.basis(),
                                q.seconds()));
        Path file = dir.resolve("manifest.json");
        ManifestJson.write(diverged, file);
        assertEquals(diverged, ManifestJson.read(file));
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws IOException {
        ManifestJson.write(finished(), dir.resolve("manifest.json"));
        ManifestJson.write(running(), dir.resolve("manifest.json"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("manifest.json")), files.toList());
        }
        assertEquals(running(), ManifestJson.read(dir.resolve("manifest.json")));
    }

    @Test
    void everyStatusIsWrittenInTheManifestsSpelling() {
        for (RunStatus status : RunStatus.values()) {
            Manifest m = finished().ended(status, Instant.EPOCH, 0);
            assertEquals(status.id(), ManifestJson.toJson(m).get("status").getAsString());
            assertEquals(status, RunStatus.fromId(status.id()));
        }
    }

    /** Every key of the written JSON, as a path: top-level, nested objects and array elements. */
    static List<String> requiredKeys() {
        JsonObject json = ManifestJson.toJson(finished());
        List<String> keys = new ArrayList<>();
        for (String key : json.keySet()) {
            keys.add(key);
            JsonElement value = json.get(key);
            if (value.isJsonObject() && !key.equals("configuration")) {
                value.getAsJsonObject().keySet().forEach(k -> keys.add(key + "." + k));
            } else if (value.isJsonArray()) {
                value.getAsJsonArray()
                        .get(0)
                        .getAsJsonObject()
                        .keySet()
                        .forEach(k -> keys.add(key + "[0]." + k));
            }
        }
        return keys;
    }

    @Test
    void theKeysUnderTestCoverTheWholeManifest() {
        List<String> keys = requiredKeys();
        // 15 top-level keys, 2 of git, 8 of environment, 3 of a data file, 8 of quality.
        assertEquals(15 + 2 + 8 + 3 + 8, keys.size(), keys.toString());
        assertTrue(keys.contains("quality.basis"), keys.toString());
        assertTrue(keys.contains("environment.cpuFeatures"), keys.toString());
        assertTrue(keys.contains("data[0].sha256"), keys.toString());
    }

    @ParameterizedTest
    @MethodSource("requiredKeys")
    void aMissingKeyIsNamed(String path) throws IOException {
        JsonObject json = ManifestJson.toJson(finished());
        String key = path.substring(path.lastIndexOf('.') + 1);
        parentOf(json, path).remove(key);
        Path file = written(json);
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'" + key + "' is missing"), e.getMessage());
    }

    /**
     * Null is allowed only for the commit (outside git), the end time (still running) and the
     * quality (metrics off or not measured yet).
     */
    @ParameterizedTest
    @MethodSource("requiredKeys")
    void aNullIsRefusedWhereTheManifestDoesNotAllowIt(String path) throws IOException {
        JsonObject json = ManifestJson.toJson(finished());
        String key = path.substring(path.lastIndexOf('.') + 1);
        parentOf(json, path).add(key, JsonNull.INSTANCE);
        Path file = written(json);
        if (path.equals("git.commit") || path.equals("finishedAt") || path.equals("quality")) {
            assertEquals(null, valueAt(ManifestJson.toJson(ManifestJson.read(file)), path));
            return;
        }
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 99})
    void anUnknownFormatVersionIsRefused(int version) throws IOException {
        Path file = edited(o -> o.addProperty("formatVersion", version));
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("formatVersion is " + version), e.getMessage());
        assertTrue(e.getMessage().contains("versions 1 and 2 only"), e.getMessage());
    }

    /** Manifests written before the quality metrics have version 1 and no quality key. */
    @Test
    void aVersionOneManifestIsReadWithoutQuality() throws IOException {
        Path file =
                edited(
                        o -> {
                            o.addProperty("formatVersion", 1);
                            o.remove("quality");
                        });
        Manifest read = ManifestJson.read(file);
        assertEquals(1, read.formatVersion());
        assertEquals(null, read.quality());
        assertEquals(finished().experiment(), read.experiment());
        assertFalse(ManifestJson.toJson(read).has("quality"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"done", "FINISHED", ""})
    void anUnknownStatusIsRefused(String status) throws IOException {
        Path file = edited(o -> o.addProperty("status", status));
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("status is '" + status + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("running, finished, diverged, failed"), e.getMessage());
    }

    @Test
    void aBadTimeIsRefused() throws IOException {
        Path file = edited(o -> o.addProperty("startedAt", "yesterday"));
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains("'startedAt' is 'yesterday'"), e.getMessage());
    }

    @Test
    void aNonNumberWhereANumberBelongsIsRefused() throws IOException {
        Path file = edited(o -> o.addProperty("epochsCompleted", "two"));
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'epochsCompleted' is 'two'"), e.getMessage());
    }

    @Test
    void aNonBooleanDirtyFlagIsRefused() throws IOException {
        Path file = edited(o -> o.getAsJsonObject("git").addProperty("dirty", "yes"));
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains("'dirty' is 'yes'"), e.getMessage());
    }

    @Test
    void anObjectWhereAConfigurationValueBelongsIsRefused() throws IOException {
        Path file = edited(o -> o.getAsJsonObject("configuration").add("epochs", new JsonObject()));
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'configuration.epochs'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1, 2]", "\"text\"", "{\"formatVersion\": 1,}x", "null"})
    void malformedJsonIsRefused(String text) throws IOException {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains(file + " is not valid"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nowhere/manifest.json");
        GanException e = assertThrows(GanException.class, () -> ManifestJson.read(file));
        assertTrue(e.getMessage().contains(file + " does not exist"), e.getMessage());
    }

    @Test
    void progressAndEndingChangeOnlyWhatTheySay() {
        Manifest start = running();
        Manifest later = start.withProgress(3, 1.5);
        assertEquals(3, later.epochsCompleted());
        assertEquals(1.5, later.secondsPerEpoch());
        assertEquals(RunStatus.RUNNING, later.status());
        Manifest ended = later.ended(RunStatus.FINISHED, Instant.EPOCH, 0);
        assertEquals(RunStatus.FINISHED, ended.status());
        assertEquals(Instant.EPOCH, ended.finishedAt());
        assertEquals(later.withProgress(3, 1.5), later);
        assertNotEquals(start, later);
        assertFalse(ended.equals(later));
    }

    private Path edited(Consumer<JsonObject> edit) throws IOException {
        JsonObject json = ManifestJson.toJson(finished());
        edit.accept(json);
        return written(json);
    }

    private Path written(JsonObject json) throws IOException {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** The object that holds the last segment of a path like {@code data[0].sha256}. */
    private static JsonObject parentOf(JsonObject root, String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return root;
        }
        String parent = path.substring(0, dot);
        if (parent.endsWith("[0]")) {
            JsonArray array = root.getAsJsonArray(parent.substring(0, parent.length() - 3));
            return array.get(0).getAsJsonObject();
        }
        return root.getAsJsonObject(parent);
    }

    private static JsonElement valueAt(JsonObject root, String path) {
        JsonElement value = parentOf(root, path).get(path.substring(path.lastIndexOf('.') + 1));
        return value.isJsonNull() ? null : value;
    }
}
